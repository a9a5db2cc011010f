import { useMemo, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { deleteRecord } from '../../../data/records';
import { endSeat, judge, saveSeat } from '../../../data/lkd';
import type { Ground, GroundRule, SeatResult, BoardResult } from '../../../domain/lkd';
import { formatDate, useLang, useT } from '../../i18n';
import { DateField, SelectField, TextField } from '../../rt/ui/Field';
import { Findings } from '../ui/Findings';
import { Page } from '../ui/Page';
import { localToday } from '../ui/dates';
import { groundLabel, positionLabel } from '../ui/words';
import { useLkd } from '../store';
import { useWriter } from '../useWriter';

export default function SeatPage() {
  const t = useT();
  const { seatId } = useParams();
  const { books } = useLkd();
  const name = books?.groups.flatMap((g) => g.boards.flatMap((b) => b.seats)).find((s) => s.id === seatId)?.data.person.name;
  return (
    <Page title={name ?? t('lkd.seat.title')}>
      <SeatView seatId={seatId!} />
    </Page>
  );
}

/** Which of the article's grounds the app sees for itself today (the rest are ticked by the desa). */
function autoGround(g: GroundRule, s: SeatResult, b: BoardResult): boolean {
  const codes = new Set(s.findings.map((f) => f.code));
  if (g.check === 'term') return b.status === 'expired';
  if (g.check === 'died') return codes.has('died');
  if (g.check === 'moved') return codes.has('moved') || codes.has('residence-rt');
  if (g.check === 'conditions') return s.findings.some((f) => f.level === 'ineligible' && f.code !== 'died' && f.code !== 'moved' && f.code !== 'residence-rt' && f.code !== 'ground');
  return false;
}

function SeatView({ seatId }: { seatId: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const d = (iso: string) => formatDate(iso, lang);
  const navigate = useNavigate();
  const { ctx, books } = useLkd();
  const { write, saving } = useWriter();
  const today = localToday();
  const judged = useMemo(() => (books ? judge(books, today) : []), [books, today]);
  const [ending, setEnding] = useState(false);
  const [e, setE] = useState({ end: today, endReason: '', endNote: '', skNumber: '', skDate: '' });
  const [tried, setTried] = useState(false);
  let hit: { j: (typeof judged)[number]; b: BoardResult; s: SeatResult } | undefined;
  for (const j of judged) for (const b of j.result.boards) for (const s of b.seats) if (s.seat.id === seatId) hit = { j, b, s };
  const rec = books?.groups.flatMap((g) => g.boards).flatMap((b) => b.seats.map((s) => ({ b, s }))).find((x) => x.s.id === seatId);
  if (!hit || !rec || !ctx) return <p>{t('lkd.notFound')}</p>;
  const { j, b, s } = hit;
  const rules = j.result.rules;
  const p = s.seat.person;
  const data = rec.s.data;
  const ticked = new Set(data.grounds ?? []);
  const canWrite = ctx.canWrite;

  const toggle = (g: Ground, on: boolean) => {
    const grounds = rules.grounds.map((x) => x.ground).filter((x) => (x === g ? on : ticked.has(x)));
    void write((db, wctx) => saveSeat(db, rec.b.record, { ...data, grounds }, wctx, rec.s.id), { success: false });
  };
  const end = async () => {
    setTried(true);
    if (!e.end || !e.endReason) return;
    const r = await write((db, wctx) => endSeat(db, rec.b.record, rec.s, { end: e.end, endReason: e.endReason as Ground, ...(e.endNote.trim() ? { endNote: e.endNote.trim() } : {}), ...(e.skNumber.trim() ? { skNumber: e.skNumber.trim() } : {}), ...(e.skDate ? { skDate: e.skDate } : {}) }, wctx));
    if (r.ok) setEnding(false);
  };
  const remove = async () => {
    if (!window.confirm(t('lkd.seat.deleteConfirm'))) return;
    const r = await write((db, wctx) => deleteRecord(db, rec.s.id, wctx));
    if (r.ok) navigate(`/desa/kepengurusan/${rec.b.record.id}`, { replace: true });
  };

  return (
    <div data-testid="lkd-seat">
      <p>
        <strong>{positionLabel(t, s.seat.position, s.seat.section)}</strong>{s.seat.acting ? ` (${t('lkd.seat.actingShort')})` : ''} · {j.result.institution.name}
      </p>
      <p className="lkd-muted">
        {t('lkd.seat.since', { date: d(s.seat.start) })}
        {s.seat.end ? ` · ${t('lkd.seat.ended', { date: d(s.seat.end), reason: s.seat.endReason ? groundLabel(t, s.seat.endReason) : '—' })}` : ''}
      </p>
      <div className="lkd-card">
        <p className="lkd-name">{p.name}</p>
        <p className="lkd-muted">
          {p.inBooks ? t('lkd.seat.fromBooks') : t('lkd.seat.typedLong')}
          {p.birthDate ? ` · ${t('lkd.seat.born', { date: d(p.birthDate) })}` : ''}
          {s.age !== undefined ? ` · ${t('lkd.seat.age', { age: s.age })}` : ''}
          {p.residence.known && p.residence.rt ? ` · ${t('lkd.rt', { rt: p.residence.rt })}` : ''}
          {data.person.address ? ` · ${data.person.address}` : ''}
        </p>
      </div>
      {s.active ? (
        s.findings.length ? <Findings findings={s.findings} /> : <p className="lkd-chip ok">{t('lkd.seat.eligible')}</p>
      ) : (
        <p className="lkd-muted">{t('lkd.seat.notJudged')}</p>
      )}
      <h2 className="lkd-section">{t('lkd.seat.checklist')}</h2>
      <p className="lkd-muted">{t('lkd.seat.checklistHint')}</p>
      <div className="lkd-checklist" data-testid="lkd-checklist">
        {rules.grounds.map((g) => {
          const auto = g.check !== 'manual';
          const on = auto ? s.active && autoGround(g, s, b) : ticked.has(g.ground);
          return (
            <label key={g.ground}>
              <input type="checkbox" name={`ground-${g.ground}`} checked={on} disabled={auto || !canWrite || saving}
                onChange={(ev) => toggle(g.ground, ev.target.checked)} />
              <span>
                {groundLabel(t, g.ground)} <span className="lkd-muted">— {g.article}{auto ? ` · ${t('lkd.seat.auto')}` : ''}</span>
              </span>
            </label>
          );
        })}
      </div>
      {canWrite && !s.seat.end && (
        <div className="lkd-noprint">
          {!ending ? (
            <>
              <IonButton expand="block" fill="outline" onClick={() => setEnding(true)}>{t('lkd.seat.end')}</IonButton>
              <IonButton expand="block" fill="outline" routerLink={`/desa/anggota/${seatId}/ganti`}>{t('lkd.seat.replace')}</IonButton>
            </>
          ) : (
            <form className="lkd-card" onSubmit={(ev) => { ev.preventDefault(); void end(); }}>
              <DateField label={t('lkd.seat.endDate')} name="end" value={e.end} onChange={(v) => setE({ ...e, end: v })} error={tried && !e.end ? t('common.required') : null} />
              <SelectField label={t('lkd.seat.endReason')} name="endReason" value={e.endReason} onChange={(v) => setE({ ...e, endReason: v })} empty="—"
                options={rules.grounds.map((g) => ({ value: g.ground, label: `${groundLabel(t, g.ground)} (${g.article})` }))}
                error={tried && !e.endReason ? t('common.required') : null} />
              <TextField label={t('lkd.seat.endNote')} name="endNote" value={e.endNote} onChange={(v) => setE({ ...e, endNote: v })} />
              <TextField label={t('lkd.seat.skNumber')} name="endSk" value={e.skNumber} onChange={(v) => setE({ ...e, skNumber: v })} />
              <DateField label={t('lkd.seat.skDate')} name="endSkDate" value={e.skDate} onChange={(v) => setE({ ...e, skDate: v })} />
              <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
              <IonButton expand="block" fill="clear" onClick={() => setEnding(false)}>{t('common.cancel')}</IonButton>
            </form>
          )}
        </div>
      )}
      {canWrite && (
        <IonButton className="lkd-noprint" size="small" fill="clear" color="danger" onClick={() => void remove()}>{t('lkd.seat.delete')}</IonButton>
      )}
    </div>
  );
}
