import { useCallback, useEffect, useState } from 'react';
import { IonButton, IonInput, IonItem, IonLabel, IonList, IonListHeader, IonNote } from '@ionic/react';
import { useT } from '../i18n';
import { getDb } from '../../data/storage';
import { addPerson, changePin, listPeople, removePerson, type PersonInfo } from '../../data/security/people';
import { onSignedIn, signIn, signedIn } from '../../data/security/session';
import { loadActiveConfig } from '../../data/config';
import { lockNow, setPinHint } from '../shell/lock-state';
import { useSaver } from '../shell/useSaver';
import { useToast } from '../shell/overlays';
import { newPinProblem, personErrorWords } from './pin-words';

// Settings: the people on this phone and their PINs (issue 17). The first person added turns the
// lock on and is signed in at once (she just typed her PIN twice). Another person's PIN can only
// be changed by her (signed in) or reset with a county code from the lock screen.

type Form = { mode: 'add' | 'change'; name: string; pin: string; again: string; message: string } | null;

export default function PeopleSection() {
  const t = useT();
  const { save, saving } = useSaver();
  const [toast] = useToast();
  const present = (message: string) => void toast({ message, duration: 2000, position: 'top', color: 'success' });
  const [people, setPeople] = useState<PersonInfo[]>([]);
  const [me, setMe] = useState<PersonInfo | null>(signedIn());
  const [minutes, setMinutes] = useState(5);
  const [form, setForm] = useState<Form>(null);

  const reload = useCallback(async () => {
    const list = await listPeople(getDb());
    setPeople(list);
    setPinHint(list.length > 0);
  }, []);
  useEffect(() => {
    void reload();
    void loadActiveConfig(getDb()).then((c) => setMinutes(c.lockAfterMinutes));
    return onSignedIn(setMe);
  }, [reload]);

  async function submit() {
    if (!form) return;
    const problem = (form.mode === 'add' && !form.name.trim() ? t('security.people.nameMissing') : null) ?? newPinProblem(form.pin, form.again);
    if (problem) return setForm({ ...form, message: problem });
    // A refused name or PIN is said at the form; storage problems go through the saver's words.
    const said = <T,>(fn: () => Promise<T>) => async (): Promise<T | null> => {
      try {
        return await fn();
      } catch (err) {
        const words = personErrorWords(err);
        if (!words) throw err;
        setForm({ ...form, message: words });
        return null;
      }
    };
    if (form.mode === 'add') {
      const first = people.length === 0;
      const r = await save(said(() => addPerson(getDb(), { name: form.name, pin: form.pin })), { success: false });
      if (!r.ok || !r.value) return;
      present(t('security.people.added', { name: r.value.name }));
      // The one who set the first PIN is the one holding the phone: she stays signed in.
      if (first || !signedIn()) signIn(r.value);
    } else if (me) {
      const r = await save(said(() => changePin(getDb(), me.id, form.pin).then(() => true)), { success: false });
      if (!r.ok || !r.value) return;
      present(t('security.people.pinChanged'));
    }
    setForm(null);
    await reload();
  }

  async function remove(p: PersonInfo) {
    const r = await save(() => removePerson(getDb(), p.id), { success: t('security.people.removed', { name: p.name }) });
    if (!r.ok) return;
    if (me?.id === p.id) signIn(null);
    await reload();
  }

  return (
    <IonList inset data-testid="people-section">
      <IonListHeader>
        <IonLabel>{t('security.people.title')}</IonLabel>
      </IonListHeader>
      <IonItem lines="none">
        <IonNote>{people.length ? t('security.people.help', { m: minutes }) : t('security.people.none')}</IonNote>
      </IonItem>
      {me && (
        <IonItem lines="none">
          <IonLabel data-testid="people-signed-in">{t('security.people.signedIn', { name: me.name })}</IonLabel>
        </IonItem>
      )}
      {people.map((p) => (
        <IonItem key={p.id} data-testid="person-row">
          <IonLabel>{p.name}</IonLabel>
          {/* Removing someone else needs her to be gone from the phone; removing oneself is always allowed. */}
          {(me?.id === p.id || !me) && (
            <IonButton slot="end" fill="clear" color="danger" disabled={saving} onClick={() => void remove(p)}>
              {t('security.people.remove')}
            </IonButton>
          )}
        </IonItem>
      ))}
      {form ? (
        <form className="ion-padding-horizontal ion-padding-bottom" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          {form.mode === 'add' && (
            <IonItem>
              <IonInput label={t('security.people.name')} labelPlacement="stacked" value={form.name} onIonInput={(e) => setForm({ ...form, name: String(e.detail.value ?? ''), message: '' })} data-testid="person-name" />
            </IonItem>
          )}
          <IonItem>
            <IonInput label={t('security.pin.new')} labelPlacement="stacked" type="password" inputmode="numeric" value={form.pin} onIonInput={(e) => setForm({ ...form, pin: String(e.detail.value ?? ''), message: '' })} data-testid="person-pin" />
          </IonItem>
          <IonItem>
            <IonInput label={t('security.pin.again')} labelPlacement="stacked" type="password" inputmode="numeric" value={form.again} onIonInput={(e) => setForm({ ...form, again: String(e.detail.value ?? ''), message: '' })} data-testid="person-pin-again" />
          </IonItem>
          {form.message && <p role="alert" className="kd-error" data-testid="person-message">{form.message}</p>}
          <IonButton type="submit" expand="block" disabled={saving} data-testid="person-save">{t('security.people.save')}</IonButton>
          <IonButton fill="clear" expand="block" onClick={() => setForm(null)}>{t('security.people.cancel')}</IonButton>
        </form>
      ) : (
        <div className="ion-padding-horizontal ion-padding-bottom">
          {/* Adding a second person needs the first one signed in: a stranger must not add himself. */}
          {(people.length === 0 || me) && (
            <IonButton expand="block" fill="outline" onClick={() => setForm({ mode: 'add', name: '', pin: '', again: '', message: '' })} data-testid="person-add">
              {t('security.people.add')}
            </IonButton>
          )}
          {me && (
            <IonButton expand="block" fill="outline" onClick={() => setForm({ mode: 'change', name: '', pin: '', again: '', message: '' })} data-testid="person-change-pin">
              {t('security.people.changePin')}
            </IonButton>
          )}
          {people.length > 0 && (
            <IonButton expand="block" onClick={lockNow} data-testid="lock-now">
              {t('security.people.lockNow')}
            </IonButton>
          )}
        </div>
      )}
    </IonList>
  );
}
