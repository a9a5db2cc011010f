import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { findBoard, findInstitution, saveBoard } from '../../../data/lkd';
import { RULES, termEndOf } from '../../../domain/lkd';
import type { BoardData } from '../../../domain/records/lkd';
import { formatDate, useLang, useT } from '../../i18n';
import { DateField, TextField } from '../../rt/ui/Field';
import { Page } from '../ui/Page';
import { useLkd } from '../store';
import { useWriter } from '../useWriter';

/** A new board of an institution (/desa/lembaga/:id/kepengurusan-baru) or its SK and term (/desa/kepengurusan/:boardId/ubah). */
export default function BoardFormPage() {
  const t = useT();
  const { id, boardId } = useParams();
  return (
    <Page title={boardId ? t('lkd.board.editTitle') : t('lkd.board.newTitle')} back={boardId ? `/desa/kepengurusan/${boardId}` : `/desa/lembaga/${id}`}>
      <BoardForm institutionId={id} boardId={boardId} />
    </Page>
  );
}

function BoardForm({ institutionId, boardId }: { institutionId?: string; boardId?: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const navigate = useNavigate();
  const { ctx, books } = useLkd();
  const { write, saving } = useWriter();
  const found = boardId && books ? findBoard(books, boardId) : undefined;
  const group = found?.group ?? (institutionId && books ? findInstitution(books, institutionId) : undefined);
  const base = found?.board.record.data;
  const [f, setF] = useState({ termStart: base?.termStart ?? '', termEnd: base?.termEnd ?? '', skNumber: base?.skNumber ?? '', skDate: base?.skDate ?? '', notes: base?.notes ?? '' });
  const [tried, setTried] = useState(false);
  if (!group) return <p>{t('lkd.notFound')}</p>;
  if (!ctx?.canWrite) return <p>{t('lkd.readOnly')}</p>;
  const rules = RULES[group.record.data.type];
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const computedEnd = rules.term && f.termStart ? termEndOf(f.termStart, rules.term.years) : '';
  const endBad = !!f.termEnd && !!f.termStart && f.termEnd < f.termStart;
  const opt = (s: string) => s.trim() || undefined;

  const submit = async () => {
    setTried(true);
    if (!f.termStart || endBad) return;
    const data: BoardData = {
      termStart: f.termStart,
      ...(f.termEnd ? { termEnd: f.termEnd } : {}),
      ...(opt(f.skNumber) ? { skNumber: opt(f.skNumber) } : {}),
      ...(f.skDate ? { skDate: f.skDate } : {}),
      ...(opt(f.notes) ? { notes: opt(f.notes) } : {}),
    };
    const r = await write((db, wctx) => saveBoard(db, group.addr, data, wctx, found?.board.record.id));
    if (r.ok) navigate(`/desa/kepengurusan/${r.value.id}`, { replace: true });
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <p className="lkd-muted">{group.record.data.name}</p>
      <TextField label={t('lkd.board.skNumber')} name="skNumber" value={f.skNumber} onChange={set('skNumber')} hint={t('lkd.board.skHint')} />
      <DateField label={t('lkd.board.skDate')} name="skDate" value={f.skDate} onChange={set('skDate')} />
      <DateField label={t('lkd.board.termStart')} name="termStart" value={f.termStart} onChange={set('termStart')}
        hint={t('lkd.board.termStartHint')} error={tried && !f.termStart ? t('common.required') : null} />
      <DateField label={t('lkd.board.termEnd')} name="termEnd" value={f.termEnd} onChange={set('termEnd')}
        hint={rules.term
          ? (computedEnd ? t('lkd.board.termEndDefault', { date: formatDate(computedEnd, lang), years: rules.term.years, article: rules.term.article }) : t('lkd.board.termEndRule', { years: rules.term.years, article: rules.term.article }))
          : t('lkd.board.termEndNone', { article: rules.termNote ?? rules.basis })}
        error={endBad ? t('lkd.board.termEndBad') : null} />
      <TextField label={t('lkd.inst.notes')} name="notes" value={f.notes} onChange={set('notes')} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
