import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { judge } from '../../../data/lkd';
import { useT } from '../../i18n';
import { BoardCard } from './BoardCard';
import { Page } from '../ui/Page';
import { localToday } from '../ui/dates';
import { useLkd } from '../store';

/** Any board of an institution, past or current, with its members. */
export default function BoardPage() {
  const t = useT();
  const { boardId } = useParams();
  const { ctx, books } = useLkd();
  const today = localToday();
  const judged = useMemo(() => (books ? judge(books, today) : []), [books, today]);
  const hit = judged.map((j) => ({ j, b: j.result.boards.find((b) => b.board.id === boardId) })).find((x) => x.b);
  return (
    <Page title={hit ? t('lkd.board.titleOf', { name: hit.j.result.institution.name }) : t('lkd.board.title')} back={hit ? `/desa/lembaga/${hit.j.group.record.id}` : '/desa'}>
      {hit?.b && ctx ? <BoardCard b={hit.b} canWrite={ctx.canWrite} /> : <p>{t('lkd.notFound')}</p>}
    </Page>
  );
}
