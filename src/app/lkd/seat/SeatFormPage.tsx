import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { findBoard, findSeat, replaceSeat, saveSeat, type DesaGroup } from '../../../data/lkd';
import { RULES, type BoardPosition, type Ground } from '../../../domain/lkd';
import type { SeatData } from '../../../domain/records/lkd';
import { formatDate, useLang, useT } from '../../i18n';
import { CheckField, DateField, SelectField, TextField } from '../../rt/ui/Field';
import { Page } from '../ui/Page';
import { localToday } from '../ui/dates';
import { groundLabel, positionLabel } from '../ui/words';
import { useLkd } from '../store';
import { useWriter } from '../useWriter';
import { emptyChoice, personData, PersonPicker } from './PersonPicker';

/** A member joins a board (/desa/kepengurusan/:boardId/anggota-baru) or replaces one between terms (/desa/anggota/:seatId/ganti). */
export default function SeatFormPage() {
  const t = useT();
  const { boardId, seatId } = useParams();
  return (
    <Page title={seatId ? t('lkd.seat.replaceTitle') : t('lkd.seat.newTitle')} back={seatId ? `/desa/anggota/${seatId}` : `/desa/kepengurusan/${boardId}`}>
      <SeatForm boardId={boardId} seatId={seatId} />
    </Page>
  );
}

/** The positions a board offers: the Perdes's, each once, with the sections it names. */
function positionOptions(group: DesaGroup, t: ReturnType<typeof useT>) {
  const rules = RULES[group.record.data.type];
  const seen = new Set<string>();
  const out: { value: string; label: string }[] = [];
  for (const p of rules.positions) {
    const value = `${p.position}|${p.section ?? ''}`;
    if (seen.has(value)) continue;
    seen.add(value);
    out.push({ value, label: positionLabel(t, p.position, p.section) });
  }
  return out;
}

function SeatForm({ boardId, seatId }: { boardId?: string; seatId?: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const navigate = useNavigate();
  const { ctx, books } = useLkd();
  const { write, saving } = useWriter();
  const today = localToday();
  const old = seatId && books ? findSeat(books, seatId) : undefined;
  const found = old ?? (boardId && books ? findBoard(books, boardId) : undefined);
  const [f, setF] = useState({ position: '', bidang: '', start: old ? today : '', end: today, endReason: '', acting: false, skNumber: '', skDate: '', notes: '' });
  const [person, setPerson] = useState(emptyChoice());
  const [tried, setTried] = useState(false);
  if (!found || !books) return <p>{t('lkd.notFound')}</p>;
  if (!ctx?.canWrite) return <p>{t('lkd.readOnly')}</p>;
  const { group, board } = found;
  const rules = RULES[group.record.data.type];
  const options = positionOptions(group, t);
  const [position, section] = (f.position || options[0].value).split('|') as [BoardPosition, string];
  const namedBidang = position === 'bidang' && !section;
  const oldEnded = !!old?.seat.data.end;
  const pdata = personData(person);
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const opt = (s: string) => s.trim() || undefined;
  const problems = {
    person: !pdata,
    start: !!old && !f.start,
    reason: !!old && !oldEnded && !f.endReason,
    bidang: !old && namedBidang && rules.openPositions && !f.bidang.trim(),
  };

  const submit = async () => {
    setTried(true);
    if (Object.values(problems).some(Boolean) || !pdata) return;
    const base: SeatData = {
      position,
      ...(section ? { section } : namedBidang && opt(f.bidang) ? { section: opt(f.bidang) } : {}),
      ...(f.start ? { start: f.start } : {}),
      ...(f.acting ? { acting: true } : {}),
      ...(opt(f.skNumber) ? { skNumber: opt(f.skNumber) } : {}),
      ...(f.skDate ? { skDate: f.skDate } : {}),
      ...(opt(f.notes) ? { notes: opt(f.notes) } : {}),
      person: pdata,
    };
    const r = await write((db, wctx) =>
      old
        ? replaceSeat(db, board.record, old.seat, oldEnded ? null : { end: f.start, endReason: f.endReason as Ground }, base, wctx)
        : saveSeat(db, board.record, base, wctx),
    );
    if (r.ok) navigate(`/desa/kepengurusan/${board.record.id}`, { replace: true });
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <p className="lkd-muted">{group.record.data.name} · {t('lkd.home.term', { from: formatDate(board.record.data.termStart, lang), to: board.record.data.termEnd ? formatDate(board.record.data.termEnd, lang) : '…' })}</p>
      {old ? (
        <div className="lkd-card">
          <p>{t('lkd.seat.replacing', { position: positionLabel(t, old.seat.data.position, old.seat.data.section), name: old.seat.data.person.name })}</p>
          <p className="lkd-muted">{rules.replacement ? t('lkd.seat.replacementRule', { article: rules.replacement.article }) : t('lkd.seat.replacementNone')}</p>
          {!oldEnded && (
            <SelectField label={t('lkd.seat.endReason')} name="endReason" value={f.endReason} onChange={set('endReason')} empty="—"
              options={rules.grounds.filter((g) => g.ground !== 'habis-masa').map((g) => ({ value: g.ground, label: `${groundLabel(t, g.ground)} (${g.article})` }))}
              error={tried && problems.reason ? t('common.required') : null} />
          )}
          <DateField label={t('lkd.seat.replaceFrom')} name="start" value={f.start} onChange={set('start')} error={tried && problems.start ? t('common.required') : null} />
          {rules.replacement?.actingLimitMonths && (
            <CheckField label={t('lkd.seat.acting', { months: rules.replacement.actingLimitMonths.months })} name="acting" checked={f.acting} onChange={(v) => setF({ ...f, acting: v })} />
          )}
        </div>
      ) : (
        <>
          <SelectField label={t('lkd.seat.position')} name="position" value={f.position || options[0].value} onChange={set('position')} options={options} />
          {namedBidang && rules.openPositions && (
            <TextField label={t('lkd.seat.bidang')} name="bidang" value={f.bidang} onChange={set('bidang')} error={tried && problems.bidang ? t('common.required') : null} />
          )}
          <DateField label={t('lkd.seat.start')} name="start" value={f.start} onChange={set('start')} hint={t('lkd.seat.startHint', { date: formatDate(board.record.data.termStart, lang) })} />
        </>
      )}
      <PersonPicker people={books.people} value={person} onChange={setPerson} today={today} error={tried && problems.person ? t('lkd.seat.personRequired') : null} />
      <TextField label={t('lkd.seat.skNumber')} name="seatSk" value={f.skNumber} onChange={set('skNumber')} />
      <DateField label={t('lkd.seat.skDate')} name="seatSkDate" value={f.skDate} onChange={set('skDate')} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
