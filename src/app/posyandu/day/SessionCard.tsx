import { useEffect, useState } from 'react';
import { IonButton } from '@ionic/react';
import { getDb } from '../../../data';
import { getSession, openSession, type Session, type Unit } from '../../../data/posyandu';
import { useSaver } from '../../shell/useSaver';
import { useT } from '../../i18n';
import { CheckField } from '../ui/Field';

/**
 * Hari buka: one session record per date, with the kaders present (strata: sessions, kaders on
 * duty). Folded once recorded, so the weighing list is on screen. The page refuses future dates.
 */
export function SessionCard({ unit, date, byName, onOpen }: { unit: Unit; date: string; byName?: string; onOpen(s: Session | null): void }) {
  const t = useT();
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [present, setPresent] = useState<string[]>([]);
  const [withWeighing, setWithWeighing] = useState(true);
  const { save, saving } = useSaver();
  const kaders = (unit.data.kaders ?? []).filter((k) => k.active);

  useEffect(() => {
    let live = true;
    void getSession(getDb(), unit.id, date).then((s) => {
      if (!live) return;
      setSession(s ?? null);
      setPresent(s?.data.kadersPresent ?? []);
      setWithWeighing(s?.data.withWeighing ?? true);
      onOpen(s ?? null);
    });
    return () => { live = false; };
  }, [unit.id, date, onOpen]);

  if (session === undefined) return null;
  const submit = async () => {
    const r = await save(() => openSession(getDb(), unit, { date, kadersPresent: present, withWeighing }, byName), { success: t('posyandu.day.opened') });
    if (r.ok) {
      setSession(r.value);
      onOpen(r.value);
    }
  };
  return (
    <details className="pd-card" aria-label={t('posyandu.day.kadersPresent')} open={!session}>
      <summary>
        <strong>{t('posyandu.day.kadersPresent')}</strong>
        {session && <span className="pd-muted"> · {t('posyandu.day.sessionSaved', { n: session.data.kadersPresent.length })}</span>}
      </summary>
      {kaders.length === 0 && <p className="pd-muted">{t('posyandu.day.noKaders')}</p>}
      {kaders.map((k) => (
        <CheckField key={k.id} name={`hadir-${k.id}`} label={k.name} checked={present.includes(k.id)}
          onChange={(on) => setPresent(on ? [...present, k.id] : present.filter((x) => x !== k.id))} />
      ))}
      <CheckField name="withWeighing" label={t('posyandu.day.withWeighing')} checked={withWeighing} onChange={setWithWeighing} />
      <IonButton expand="block" size="small" disabled={saving} onClick={() => void submit()}>
        {t(session ? 'posyandu.day.saveSession' : 'posyandu.day.open')}
      </IonButton>
    </details>
  );
}
