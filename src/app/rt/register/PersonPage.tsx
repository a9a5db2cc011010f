import { useRef, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { savePerson, type RegisterRow } from '../../../data/rt';
import { formatDate, useLang, useT, type MessageKey } from '../../i18n';
import { localTodayIso } from '../../ui/DateInput';
import { scrollToFirstProblem } from '../../ui/scrollToProblem';
import { SelectField } from '../ui/Field';
import { PageShell } from '../ui/PageShell';
import { useRt } from '../store';
import { useWriter } from '../useWriter';
import { useDraft } from '../useDraft';
import { PersonFields } from './PersonFields';
import { emptyPersonForm, personFormOf, personProblems, toPersonData } from './personForm';

/** '/warga/orang/:id' edits a person; '/warga/kk/:hid/anggota' adds an existing resident to a household. */
export default function PersonPage() {
  const t = useT();
  const { id, hid } = useParams();
  const reg = useRt((s) => s.reg);
  const row = id ? reg?.byPerson.get(id) : undefined;
  return (
    <PageShell title={row ? row.person.data.name : t('rt.p.new')} back={hid ? `/warga/kk/${hid}` : '/warga'}>
      {id && !row ? <p>{t('rt.notFound')}</p> : <PersonEditor key={id ?? hid} row={row} householdId={row?.person.parent ?? hid ?? ''} />}
    </PageShell>
  );
}

function PersonEditor({ row, householdId }: { row: RegisterRow | undefined; householdId: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const navigate = useNavigate();
  const unit = useRt((s) => s.unit)!;
  const reg = useRt((s) => s.reg)!;
  const { write, saving } = useWriter();
  const form = useRef<HTMLFormElement>(null);
  const draft = useDraft(`rt.person.${row?.person.id ?? `new.${householdId}`}`, {
    form: row ? personFormOf(row.person.data) : emptyPersonForm(), householdId,
  });
  const { form: f, householdId: hh } = draft.value;
  const [tried, setTried] = useState(false);
  const problems = personProblems(f, localTodayIso());

  const submit = async () => {
    setTried(true);
    if (Object.keys(problems).length) return scrollToFirstProblem(form.current);
    const r = await write((db, ctx) => savePerson(db, unit.addr, hh || null, toPersonData(f), ctx, row?.person.id));
    if (r.ok) {
      await draft.clear();
      navigate(hh ? `/warga/kk/${hh}` : '/warga', { replace: true });
    }
  };

  return (
    <form ref={form} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <PersonFields f={f} set={(next) => draft.update({ form: next, householdId: hh })} problems={problems} tried={tried} personId={row?.person.id} />
      <SelectField label={t('rt.p.household')} name="p-household" value={hh} empty={t('rt.p.none')}
        onChange={(v) => draft.update({ form: f, householdId: v })}
        options={reg.households.map((h) => ({ value: h.household.id, label: `${h.head?.data.name ?? t('rt.hh.headless')} · ${h.household.data.address}` }))} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
      {row && row.residence.state === 'aktif' && row.household && (
        <IonButton expand="block" fill="outline" routerLink={`/warga/mutasi/baru/pindah?orang=${row.person.id}`}>{t('rt.p.leave')}</IonButton>
      )}
      {row && row.residence.entries.length > 0 && (
        <section className="rt-card">
          <h2>{t('rt.p.history')}</h2>
          <ul className="rt-list">
            {row.residence.entries.map((e) => (
              <li key={e.rootId}><span>{formatDate(e.data.date, lang)} · {t(`rt.m.type.${e.data.type}` as MessageKey)} {e.data.place ?? ''}</span></li>
            ))}
          </ul>
        </section>
      )}
    </form>
  );
}
