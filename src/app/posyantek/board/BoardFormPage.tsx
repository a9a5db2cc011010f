import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { saveBoard } from '../../../data/posyantek';
import { TERM_YEARS, termEnd } from '../../../domain/posyantek';
import type { PosyantekBoardData } from '../../../domain/records/posyantek';
import { isDateValue } from '../../ui/date-text';
import { formatDate, useLang, useT } from '../../i18n';
import { DateField, TextField } from '../../rt/ui/Field';
import { Page } from '../ui/Page';
import { usePosyantek, usePostBooks } from '../store';
import { useWriter } from '../useWriter';

/** A new term of the board (/desa/posyantek/:postId/kepengurusan-baru) or its SK and dates (/…/kepengurusan/:boardId). */
export default function BoardFormPage() {
  const t = useT();
  const { postId, boardId } = useParams();
  return (
    <Page title={boardId ? t('pt.board.editTitle') : t('pt.board.newTitle')} back={`/desa/posyantek/${postId}/pengurus`}>
      <BoardForm postId={postId} boardId={boardId} />
    </Page>
  );
}

function BoardForm({ postId, boardId }: { postId?: string; boardId?: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const navigate = useNavigate();
  const canWrite = usePosyantek((s) => s.ctx?.canWrite);
  const books = usePostBooks(postId);
  const { write, saving } = useWriter();
  const found = boardId ? books?.boards.find((b) => b.record.id === boardId)?.record : undefined;
  const base = found?.data;
  const [f, setF] = useState({ termStart: base?.termStart ?? '', termEnd: base?.termEnd ?? '', musyawarahOn: base?.musyawarahOn ?? '', skNumber: base?.skNumber ?? '', skDate: base?.skDate ?? '' });
  const [tried, setTried] = useState(false);
  if (!books || (boardId && !found)) return <p>{t('pt.notFound')}</p>;
  if (!canWrite) return <p>{t('pt.readOnly')}</p>;
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const dates = [f.termStart, f.termEnd, f.musyawarahOn, f.skDate].every((x) => !x || isDateValue(x));
  const endBad = !!f.termEnd && !!f.termStart && f.termEnd < f.termStart;
  const computed = f.termStart && isDateValue(f.termStart) ? termEnd(f.termStart) : '';

  const submit = async () => {
    setTried(true);
    if (!f.termStart || !dates || endBad) return;
    const data: PosyantekBoardData = {
      termStart: f.termStart,
      ...(f.termEnd ? { termEnd: f.termEnd } : {}),
      ...(f.musyawarahOn ? { musyawarahOn: f.musyawarahOn } : {}),
      ...(f.skNumber.trim() ? { skNumber: f.skNumber.trim() } : {}),
      ...(f.skDate ? { skDate: f.skDate } : {}),
      ...(base?.notes ? { notes: base.notes } : {}),
    };
    const r = await write((db, wctx) => saveBoard(db, books.post, data, wctx, found?.id));
    if (r.ok) navigate(`/desa/posyantek/${postId}/pengurus`, { replace: true });
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <p className="lkd-muted">{books.post.data.name}</p>
      <DateField label={t('pt.board.musyawarahOn')} name="musyawarahOn" value={f.musyawarahOn} onChange={set('musyawarahOn')} />
      <TextField label={t('pt.post.skNumber')} name="skNumber" value={f.skNumber} onChange={set('skNumber')}
        hint={t(books.post.data.level === 'desa' ? 'pt.post.skHintDesa' : 'pt.post.skHintKec')} />
      <DateField label={t('pt.post.skDate')} name="skDate" value={f.skDate} onChange={set('skDate')} />
      <DateField label={t('pt.board.termStart')} name="termStart" value={f.termStart} onChange={set('termStart')}
        error={tried && !f.termStart ? t('common.required') : null} />
      <DateField label={t('pt.board.termEnd')} name="termEnd" value={f.termEnd} onChange={set('termEnd')}
        hint={computed ? t('pt.board.termEndDefault', { date: formatDate(computed, lang), years: TERM_YEARS }) : t('pt.board.termEndRule', { years: TERM_YEARS })}
        error={endBad ? t('pt.board.termEndBad') : null} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
