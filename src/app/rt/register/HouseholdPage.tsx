import { useRef, useState } from 'react';
import { IonButton } from '@ionic/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { saveHousehold, type HouseholdRow } from '../../../data/rt';
import type { HouseholdData } from '../../../domain/records/rt';
import { useT, type MessageKey } from '../../i18n';
import { NikField } from '../../ui/NikField';
import { useKkCheck } from '../../ui/useNikCheck';
import { scrollToFirstProblem } from '../../ui/scrollToProblem';
import { SelectField, TextField } from '../ui/Field';
import { PageShell } from '../ui/PageShell';
import { useRt } from '../store';
import { useWriter } from '../useWriter';

export default function HouseholdPage() {
  const t = useT();
  const { id = 'baru' } = useParams();
  const reg = useRt((s) => s.reg);
  const row = reg?.households.find((h) => h.household.id === id);
  return (
    <PageShell title={id === 'baru' ? t('rt.hh.new') : t('rt.hh.title')}>
      {id !== 'baru' && !row ? <p>{t('rt.notFound')}</p> : <HouseholdForm key={id} row={row} />}
    </PageShell>
  );
}

function HouseholdForm({ row }: { row: HouseholdRow | undefined }) {
  const t = useT();
  const navigate = useNavigate();
  const unit = useRt((s) => s.unit)!;
  const { write, saving } = useWriter();
  const d = row?.household.data;
  const [f, setF] = useState({ noKk: d?.noKk ?? '', address: d?.address ?? '', headPersonId: d?.headPersonId ?? '', kkNote: d?.kkNote ?? '', notes: d?.notes ?? '' });
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const field = (k: keyof typeof f) => ({ name: `hh-${k}`, value: f[k], onChange: (v: string) => setF({ ...f, [k]: v }) });
  const kk = useKkCheck(f.noKk, unit.data.desaCode);

  const submit = async () => {
    setTried(true);
    if (!f.address.trim() || kk.blocks(f.kkNote)) return scrollToFirstProblem(form.current);
    const data: HouseholdData = {
      noKk: f.noKk.trim() || undefined, address: f.address.trim(), headPersonId: f.headPersonId || undefined,
      kkNote: f.noKk.trim() ? f.kkNote.trim() || undefined : undefined, notes: f.notes.trim() || undefined,
    };
    const r = await write((db, ctx) => saveHousehold(db, unit.addr, data, ctx, row?.household.id));
    if (r.ok && !row) navigate(`/warga/kk/${r.value.id}`, { replace: true });
  };

  return (
    <>
      <form ref={form} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <NikField label={t('rt.hh.noKk')} name="hh-noKk" value={f.noKk} onChange={(v) => setF({ ...f, noKk: v })}
          note={f.kkNote} noteName="hh-kkNote" onNoteChange={(v) => setF({ ...f, kkNote: v })} nik={kk} tried={tried} />
        <TextField label={t('rt.hh.address')} {...field('address')} error={tried && !f.address.trim() ? t('common.required') : null} />
        {row && (
          <SelectField label={t('rt.hh.head')} {...field('headPersonId')} empty={t('rt.hh.noHead')}
            options={row.members.map((m) => ({ value: m.person.id, label: m.person.data.name }))} />
        )}
        <TextField label={t('rt.p.notes')} {...field('notes')} />
        <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
      </form>
      {row && <Members row={row} />}
    </>
  );
}

function Members({ row }: { row: HouseholdRow }) {
  const t = useT();
  const id = row.household.id;
  return (
    <section className="rt-card">
      <h2>{t('rt.hh.members')}</h2>
      <ul className="rt-list" data-testid="rt-members">
        {row.members.map((m) => (
          <li key={m.person.id}>
            <Link to={`/warga/orang/${m.person.id}`}>
              <span>{m.person.data.name}</span>
              {m.residence.state !== 'aktif' && <span className="rt-badge">{t(`rt.state.${m.residence.state}` as MessageKey)}</span>}
            </Link>
          </li>
        ))}
      </ul>
      <IonButton size="small" routerLink={`/warga/kk/${id}/anggota`}>{t('rt.hh.addMember')}</IonButton>
      <IonButton size="small" fill="outline" routerLink={`/warga/mutasi/baru/lahir?kk=${id}`}>{t('rt.hh.birth')}</IonButton>
      {row.active.length > 0 && <IonButton size="small" fill="outline" routerLink={`/warga/mutasi/baru/pindah?kk=${id}&semua=1`}>{t('rt.hh.leave')}</IonButton>}
    </section>
  );
}
