import { useState } from 'react';
import { IonButton, IonCard, IonCardContent, IonCardHeader, IonCardTitle, IonInput, IonItem, IonNote, IonSpinner, IonText } from '@ionic/react';
import { useT } from '../i18n';
import { SyncError } from '../../sync';
import { enrollDevice } from './service';
import { useSyncStatus } from './status-store';
import { enrolErrorWords, roleWords } from './words';

/** Enrolment with a code from the county; after success shows the role and scope. */
export function EnrolCard() {
  const t = useT();
  const { enrolled, role, scopeLabel } = useSyncStatus();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  async function submit() {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const r = await enrollDevice(code);
      const msg = t('sync.enrol.ok', { role: roleWords(r.role), scope: r.scope.label });
      setDone(r.moved ? `${msg} ${t('sync.enrol.moved', { n: r.moved })}` : msg);
      setCode('');
      setOpen(false);
    } catch (e) {
      setError(e instanceof SyncError ? enrolErrorWords(e.kind, e.reason, e.retryAfterSec) : t('sync.enrol.bad.other', { detail: String((e as Error)?.message ?? e) }));
    } finally {
      setBusy(false);
    }
  }

  const showForm = !enrolled || open;
  return (
    <IonCard data-testid="enrol-card">
      <IonCardHeader>
        <IonCardTitle>{enrolled && role ? t('sync.enrol.as', { role: roleWords(role) }) : t('sync.enrol.title')}</IonCardTitle>
      </IonCardHeader>
      <IonCardContent>
        {enrolled && scopeLabel && <p data-testid="enrol-scope">{scopeLabel}</p>}
        {done && (
          <IonText color="success" data-testid="enrol-ok">
            <p>{done}</p>
          </IonText>
        )}
        {showForm ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (code.trim().length >= 4 && !busy) void submit();
            }}
          >
            {!enrolled && <IonNote>{t('sync.enrol.help')}</IonNote>}
            <IonItem>
              <IonInput
                data-testid="enrol-code"
                label={t('sync.enrol.code')}
                labelPlacement="stacked"
                autocapitalize="characters"
                value={code}
                onIonInput={(e) => setCode(String(e.detail.value ?? ''))}
              />
            </IonItem>
            <IonButton type="submit" data-testid="enrol-submit" disabled={busy || code.trim().length < 4}>
              {busy ? <IonSpinner name="dots" /> : t('sync.enrol.button')}
            </IonButton>
          </form>
        ) : (
          <IonButton fill="clear" size="small" onClick={() => setOpen(true)}>
            {t('sync.enrol.again')}
          </IonButton>
        )}
        {error && (
          <IonText color="danger" data-testid="enrol-error">
            <p>{error}</p>
          </IonText>
        )}
      </IonCardContent>
    </IonCard>
  );
}
