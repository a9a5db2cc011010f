import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { saveActivity, saveNeed, saveTtg, saveUnit, type PostBooks } from '../../../data/posyantek';
import { ACTIVITY_TYPES, NEED_STATUSES, TTG_CONDITIONS, UNIT_TYPES } from '../../../domain/posyantek';
import type { NeedData, PosyantekActivityData, TtgData, UnitData } from '../../../domain/records/posyantek';
import { isDateValue } from '../../ui/date-text';
import { useT, type MessageKey } from '../../i18n';
import { DateField, SelectField, TextField } from '../../rt/ui/Field';
import { localToday } from '../../lkd/ui/dates';
import { Page } from '../ui/Page';
import { usePosyantek, usePostBooks } from '../store';
import { useWriter } from '../useWriter';
import { activityLabel, conditionLabel, needStatusLabel, unitLabel } from '../ui/words';

// One form for the four kinds of BAB V / Pasal 24 records, each a short list of fields:
// /desa/posyantek/:postId/{kegiatan,kebutuhan,ttg,usaha}-baru and …/{kegiatan,kebutuhan,ttg,usaha}/:id.

type Kind = 'kegiatan' | 'kebutuhan' | 'ttg' | 'usaha';
const TITLES: Record<Kind, MessageKey> = { kegiatan: 'pt.rec.activityTitle', kebutuhan: 'pt.rec.needTitle', ttg: 'pt.rec.ttgTitle', usaha: 'pt.rec.unitTitle' };

export function recordFormPage(kind: Kind) {
  return function RecordFormPage() {
    const t = useT();
    const { postId } = useParams();
    return (
      <Page title={t(TITLES[kind])} back={`/desa/posyantek/${postId}/catatan`}>
        <Form kind={kind} />
      </Page>
    );
  };
}

type Fields = Record<string, string>;
const opt = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);
const num = (s: string) => (s.trim() === '' ? undefined : Number(s));
const countBad = (s: string) => s.trim() !== '' && !(/^\d+$/.test(s.trim()) && Number(s) <= 1_000_000);
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

function initial(kind: Kind, books: PostBooks, id?: string): Fields | null {
  const today = localToday();
  if (kind === 'kegiatan') {
    const a = books.activities.find((x) => x.id === id)?.data;
    if (id && !a) return null;
    return { date: a?.date ?? today, type: a?.type ?? '', title: a?.title ?? '', who: a?.who ?? '', participants: a?.participants?.toString() ?? '', ttgId: a?.ttgId ?? '', notes: a?.notes ?? '' };
  }
  if (kind === 'kebutuhan') {
    const n = books.needs.find((x) => x.id === id)?.data;
    if (id && !n) return null;
    return { date: n?.date ?? today, requester: n?.requester ?? '', problem: n?.problem ?? '', technology: n?.technology ?? '', status: n?.status ?? 'baru', ttgId: n?.ttgId ?? '', notes: n?.notes ?? '' };
  }
  if (kind === 'ttg') {
    const x = books.ttg.find((r) => r.id === id)?.data;
    if (id && !x) return null;
    return { name: x?.name ?? '', field: x?.field ?? '', specification: x?.specification ?? '', source: x?.source ?? '', acquiredOn: x?.acquiredOn ?? '', quantity: x?.quantity?.toString() ?? '', condition: x?.condition ?? '', notes: x?.notes ?? '' };
  }
  const u = books.units.find((r) => r.id === id)?.data;
  if (id && !u) return null;
  return { type: u?.type ?? '', name: u?.name ?? '', startedOn: u?.startedOn ?? '', manager: u?.manager ?? '', notes: u?.notes ?? '' };
}

function Form({ kind }: { kind: Kind }) {
  const { postId, id } = useParams();
  const t = useT();
  const books = usePostBooks(postId);
  const canWrite = usePosyantek((s) => s.ctx?.canWrite);
  const start = books ? initial(kind, books, id) : null;
  if (!books || !start) return <p>{t('pt.notFound')}</p>;
  if (!canWrite) return <p>{t('pt.readOnly')}</p>;
  return <Fields kind={kind} books={books} id={id} start={start} />;
}

function Fields({ kind, books, id, start }: { kind: Kind; books: PostBooks; id?: string; start: Fields }) {
  const t = useT();
  const navigate = useNavigate();
  const { write, saving } = useWriter();
  const [f, setF] = useState(start);
  const [tried, setTried] = useState(false);
  const set = (k: string) => (v: string) => setF({ ...f, [k]: v });
  const req = (k: string) => (tried && !f[k]?.trim() ? t('common.required') : null);
  const ttgOptions = books.ttg.map((x) => ({ value: x.id, label: x.data.name }));
  const dateBad = (k: string) => (f[k] && !isDateValue(f[k]) ? t('pt.dateBad') : null);

  const submit = async () => {
    setTried(true);
    const p = books.post;
    let run: Parameters<typeof write>[0];
    if (kind === 'kegiatan') {
      if (!f.title.trim() || !f.type || !f.date || dateBad('date') || countBad(f.participants)) return;
      const data = clean<PosyantekActivityData>({ date: f.date, type: f.type as PosyantekActivityData['type'], title: f.title.trim(), who: opt(f.who), participants: num(f.participants), ttgId: opt(f.ttgId), notes: opt(f.notes) });
      run = (db, ctx) => saveActivity(db, p, data, ctx, id);
    } else if (kind === 'kebutuhan') {
      if (!f.requester.trim() || !f.problem.trim() || !f.date || dateBad('date')) return;
      const data = clean<NeedData>({ date: f.date, requester: f.requester.trim(), problem: f.problem.trim(), technology: opt(f.technology), status: f.status as NeedData['status'], ttgId: opt(f.ttgId), notes: opt(f.notes) });
      run = (db, ctx) => saveNeed(db, p, data, ctx, id);
    } else if (kind === 'ttg') {
      if (!f.name.trim() || dateBad('acquiredOn') || countBad(f.quantity)) return;
      const data = clean<TtgData>({ name: f.name.trim(), field: opt(f.field), specification: opt(f.specification), source: opt(f.source), acquiredOn: opt(f.acquiredOn), quantity: num(f.quantity), condition: (opt(f.condition) as TtgData['condition']), notes: opt(f.notes) });
      run = (db, ctx) => saveTtg(db, p, data, ctx, id);
    } else {
      if (!f.name.trim() || !f.type || dateBad('startedOn')) return;
      const data = clean<UnitData>({ type: f.type as UnitData['type'], name: f.name.trim(), startedOn: opt(f.startedOn), manager: opt(f.manager), notes: opt(f.notes) });
      run = (db, ctx) => saveUnit(db, p, data, ctx, id);
    }
    const r = await write(run);
    if (r.ok) navigate(`/desa/posyantek/${p.id}/catatan`, { replace: true });
  };

  const ttgPick = ttgOptions.length > 0 && <SelectField label={t('pt.rec.ttgLink')} name="ttgId" value={f.ttgId} onChange={set('ttgId')} empty="—" options={ttgOptions} />;
  const notes = <TextField label={t('pt.rec.notes')} name="notes" value={f.notes} onChange={set('notes')} />;
  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <p className="lkd-muted">{books.post.data.name}</p>
      {kind === 'kegiatan' && (
        <>
          <DateField label={t('pt.rec.date')} name="date" value={f.date} onChange={set('date')} max={localToday()} error={req('date') ?? dateBad('date')} />
          <SelectField label={t('pt.rec.type')} name="type" value={f.type} onChange={set('type')} empty={t('pt.choose')} options={ACTIVITY_TYPES.map((a) => ({ value: a, label: activityLabel(t, a) }))} error={req('type')} />
          <TextField label={t('pt.rec.what')} name="title" value={f.title} onChange={set('title')} error={req('title')} />
          <TextField label={t('pt.rec.who')} name="who" value={f.who} onChange={set('who')} />
          <TextField label={t('pt.rec.participants')} name="participants" value={f.participants} onChange={set('participants')} inputMode="numeric" error={countBad(f.participants) ? t('pt.countBad') : null} />
          {ttgPick}
        </>
      )}
      {kind === 'kebutuhan' && (
        <>
          <DateField label={t('pt.rec.date')} name="date" value={f.date} onChange={set('date')} max={localToday()} error={req('date') ?? dateBad('date')} />
          <TextField label={t('pt.rec.requester')} name="requester" value={f.requester} onChange={set('requester')} error={req('requester')} />
          <TextField label={t('pt.rec.problem')} name="problem" value={f.problem} onChange={set('problem')} error={req('problem')} />
          <TextField label={t('pt.rec.technology')} name="technology" value={f.technology} onChange={set('technology')} />
          <SelectField label={t('pt.rec.status')} name="status" value={f.status} onChange={set('status')} options={NEED_STATUSES.map((s) => ({ value: s, label: needStatusLabel(t, s) }))} />
          {ttgPick}
        </>
      )}
      {kind === 'ttg' && (
        <>
          <TextField label={t('pt.rec.ttgName')} name="name" value={f.name} onChange={set('name')} error={req('name')} />
          <TextField label={t('pt.rec.field')} name="field" value={f.field} onChange={set('field')} hint={t('pt.rec.fieldHint')} />
          <TextField label={t('pt.rec.spec')} name="specification" value={f.specification} onChange={set('specification')} />
          <TextField label={t('pt.rec.source')} name="source" value={f.source} onChange={set('source')} hint={t('pt.rec.sourceHint')} />
          <DateField label={t('pt.rec.acquiredOn')} name="acquiredOn" value={f.acquiredOn} onChange={set('acquiredOn')} max={localToday()} error={dateBad('acquiredOn')} />
          <TextField label={t('pt.rec.quantity')} name="quantity" value={f.quantity} onChange={set('quantity')} inputMode="numeric" error={countBad(f.quantity) ? t('pt.countBad') : null} />
          <SelectField label={t('pt.rec.condition')} name="condition" value={f.condition} onChange={set('condition')} empty="—" options={TTG_CONDITIONS.map((c) => ({ value: c, label: conditionLabel(t, c) }))} />
        </>
      )}
      {kind === 'usaha' && (
        <>
          <SelectField label={t('pt.rec.unitType')} name="type" value={f.type} onChange={set('type')} empty={t('pt.choose')} options={UNIT_TYPES.map((u) => ({ value: u, label: unitLabel(t, u) }))} error={req('type')} />
          <TextField label={t('pt.rec.unitName')} name="name" value={f.name} onChange={set('name')} error={req('name')} />
          <DateField label={t('pt.rec.startedOn')} name="startedOn" value={f.startedOn} onChange={set('startedOn')} error={dateBad('startedOn')} />
          <TextField label={t('pt.rec.manager')} name="manager" value={f.manager} onChange={set('manager')} />
        </>
      )}
      {notes}
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
