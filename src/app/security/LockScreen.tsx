import { useEffect, useState } from 'react';
import { IonButton, IonInput, IonItem, IonList, IonNote, IonText } from '@ionic/react';
import { useT } from '../i18n';
import { getDb } from '../../data/storage';
import { changePin, checkPin, listPeople, pinWait, type PersonInfo } from '../../data/security/people';
import { signIn } from '../../data/security/session';
import { newPinProblem } from './pin-words';

// The PIN screen over the app (shell/LockGate.tsx): pick who you are (when several people share
// the phone), type the PIN. A forgotten PIN is reset by enrolling the phone again with a code
// from the county: the records on the phone, sent or not, are untouched by it.

export default function LockScreen({ onUnlocked }: { onUnlocked(): void }) {
  const t = useT();
  const [people, setPeople] = useState<PersonInfo[] | null>(null);
  const [who, setWho] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState('');
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(Date.now());
  const [busy, setBusy] = useState(false);
  const [resetting, setResetting] = useState(false);

  useEffect(() => {
    const db = getDb();
    void Promise.all([listPeople(db), pinWait(db)]).then(([list, wait]) => {
      if (list.length === 0) {
        // Nobody left (removed, or the phone was wiped): nothing to lock.
        onUnlocked();
        return;
      }
      setPeople(list);
      if (list.length === 1) setWho(list[0].id);
      if (wait) setWaitUntil(Date.now() + wait);
    });
  }, [onUnlocked]);

  const waiting = waitUntil > now;
  useEffect(() => {
    if (!waiting) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [waiting]);

  async function unlock() {
    if (!who || busy || waiting) return;
    setBusy(true);
    try {
      const r = await checkPin(getDb(), who, pin);
      setPin('');
      if (r.ok) {
        signIn(r.person);
        onUnlocked();
        return;
      }
      if (r.reason === 'notFound') return;
      if (r.waitMs > 0) {
        setWaitUntil(Date.now() + r.waitMs);
        setNow(Date.now());
        setMessage(r.reason === 'wrong' ? t('security.lock.wrongWait') : '');
      } else setMessage(t('security.lock.wrong', { n: r.reason === 'wrong' ? r.triesLeft : 0 }));
    } finally {
      setBusy(false);
    }
  }

  if (!people) return null;
  const person = people.find((p) => p.id === who);
  if (resetting && person) return <ResetPin person={person} onBack={() => setResetting(false)} onDone={(p) => { signIn(p); onUnlocked(); }} />;
  return (
    <div className="ion-padding" style={{ maxWidth: 420, margin: '0 auto', padding: 16 }} data-testid="lock-screen">
      <h1>{t('security.lock.title')}</h1>
      {people.length > 1 && (
        <>
          <p>{t('security.lock.who')}</p>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {people.map((p) => (
              <IonButton key={p.id} fill={p.id === who ? 'solid' : 'outline'} onClick={() => { setWho(p.id); setMessage(''); }} data-testid="lock-person">
                {p.name}
              </IonButton>
            ))}
          </div>
        </>
      )}
      {person && (
        <form onSubmit={(e) => { e.preventDefault(); void unlock(); }}>
          {people.length === 1 && <p data-testid="lock-name">{person.name}</p>}
          <IonList>
            <IonItem>
              <IonInput
                label={t('security.lock.pin')}
                labelPlacement="stacked"
                type="password"
                inputmode="numeric"
                autocomplete="off"
                value={pin}
                maxlength={8}
                disabled={waiting}
                onIonInput={(e) => setPin(String(e.detail.value ?? ''))}
                data-testid="pin-input"
              />
            </IonItem>
          </IonList>
          {(message || waiting) && (
            <IonText color="danger">
              <p role="alert" data-testid="pin-message">
                {message} {waiting ? t('security.lock.wait', { s: Math.ceil((waitUntil - now) / 1000) }) : ''}
              </p>
            </IonText>
          )}
          <IonButton type="submit" expand="block" disabled={busy || waiting || !pin} data-testid="pin-unlock">
            {t('security.lock.unlock')}
          </IonButton>
          <IonButton fill="clear" expand="block" onClick={() => setResetting(true)} data-testid="pin-forgot">
            {t('security.lock.forgot')}
          </IonButton>
        </form>
      )}
    </div>
  );
}

function ResetPin({ person, onBack, onDone }: { person: PersonInfo; onBack(): void; onDone(p: PersonInfo): void }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit() {
    const problem = newPinProblem(pin, again);
    if (problem) return setMessage(problem);
    setBusy(true);
    setMessage('');
    try {
      // The enrolment proves the county vouches for whoever holds the phone now. It gives the phone
      // a new device id and token; the outbox is kept and sent under the new id (sync/engine.ts).
      const sync = await import('../sync');
      const words = await import('../sync/words');
      try {
        await sync.enrollDevice(code);
      } catch (err) {
        const e = err as { kind?: string; reason?: string; retryAfterSec?: number };
        setMessage(e.kind === 'offline' ? t('security.reset.offline') : t('security.reset.failed', { reason: words.enrolErrorWords(e.kind as never, e.reason ?? '', e.retryAfterSec) }));
        return;
      }
      await changePin(getDb(), person.id, pin);
      onDone(person);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="ion-padding" style={{ maxWidth: 420, margin: '0 auto', padding: 16 }} onSubmit={(e) => { e.preventDefault(); void submit(); }} data-testid="pin-reset">
      <h1>{t('security.reset.title')}</h1>
      <p>{person.name}</p>
      <IonNote>{t('security.reset.help')}</IonNote>
      <IonList>
        <IonItem>
          <IonInput label={t('security.reset.code')} labelPlacement="stacked" value={code} autocomplete="off" onIonInput={(e) => setCode(String(e.detail.value ?? ''))} data-testid="reset-code" />
        </IonItem>
        <IonItem>
          <IonInput label={t('security.pin.new')} labelPlacement="stacked" type="password" inputmode="numeric" value={pin} onIonInput={(e) => setPin(String(e.detail.value ?? ''))} data-testid="reset-pin" />
        </IonItem>
        <IonItem>
          <IonInput label={t('security.pin.again')} labelPlacement="stacked" type="password" inputmode="numeric" value={again} onIonInput={(e) => setAgain(String(e.detail.value ?? ''))} data-testid="reset-pin-again" />
        </IonItem>
      </IonList>
      {message && (
        <IonText color="danger">
          <p role="alert" data-testid="reset-message">{message}</p>
        </IonText>
      )}
      <IonButton type="submit" expand="block" disabled={busy || !code.trim()} data-testid="reset-submit">
        {t('security.reset.submit')}
      </IonButton>
      <IonButton fill="clear" expand="block" onClick={onBack}>
        {t('security.reset.back')}
      </IonButton>
    </form>
  );
}
