import { IonButton } from '@ionic/react';
import { useParams } from 'react-router-dom';
import { currentBoard, monthSummary, quarterSent } from '../../../data/posyantek';
import { nextDue, quarterCalendar, quarterKey } from '../../../domain/posyantek';
import { formatDate, formatRupiah, useLang, useT } from '../../i18n';
import { localToday } from '../../lkd/ui/dates';
import { Page } from '../ui/Page';
import { usePostBooks } from '../store';
import { stateClass, stateLabel } from '../ui/words';

/** One Posyantek: what it is, its board, its books and the next report due (/desa/posyantek/:postId). */
export default function PostPage() {
  const t = useT();
  const { postId } = useParams();
  const books = usePostBooks(postId);
  return (
    <Page title={books?.post.data.name ?? t('pt.home.title')}>
      {books ? <Post postId={postId!} /> : <p>{t('pt.notFound')}</p>}
    </Page>
  );
}

function Post({ postId }: { postId: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const books = usePostBooks(postId)!;
  const today = localToday();
  const year = +today.slice(0, 4);
  const p = books.post.data;
  const board = currentBoard(books, today);
  const filled = board ? Object.values(board.view.holders).filter(Boolean).length : 0;
  const sent = Object.fromEntries(books.quarters.map((q) => [q.data.quarter, quarterSent(books, q.data.quarter)?.data.sentOn]));
  const due = nextDue(quarterCalendar(year, sent, today));
  const month = monthSummary(books, today.slice(0, 7));
  const base = `/desa/posyantek/${postId}`;
  return (
    <div data-testid="pt-post">
      <div className="lkd-card">
        <p><strong>{p.name}</strong> <span className="lkd-muted">· {t(p.level === 'desa' ? 'pt.level.desa' : 'pt.level.antar-desa')}</span></p>
        {p.placeName && <p className="lkd-muted">{p.placeName}</p>}
        <p className="lkd-muted">{p.skNumber ? t('pt.post.sk', { no: p.skNumber, date: p.skDate ? formatDate(p.skDate, lang) : '—' }) : t('pt.post.noSk')}</p>
        <IonButton routerLink={`${base}/ubah`} size="small" fill="outline" className="lkd-noprint">{t('pt.post.edit')}</IonButton>
      </div>
      <div className="pt-links">
        <IonButton routerLink={`${base}/pengurus`} expand="block" fill="outline">{t('pt.link.board')}</IonButton>
        <p className="lkd-muted" data-testid="pt-board-summary">
          {board ? t('pt.home.board', { n: filled }) + (board.view.findings.length ? ` · ${t('pt.post.findings', { n: board.view.findings.length })}` : '') : t('pt.home.noBoard')}
        </p>
        <IonButton routerLink={`${base}/catatan`} expand="block" fill="outline">{t('pt.link.records')}</IonButton>
        <p className="lkd-muted">{t('pt.post.records', { ttg: books.ttg.length, needs: books.needs.length, acts: books.activities.length })}</p>
        <IonButton routerLink={`${base}/kas`} expand="block" fill="outline">{t('pt.link.cash')}</IonButton>
        <p className="lkd-muted" data-testid="pt-balance">{t('pt.post.balance', { amount: formatRupiah(month.closing, lang) })}</p>
        <IonButton routerLink={`${base}/laporan`} expand="block" fill="outline">{t('pt.link.report')}</IonButton>
        {due && (
          <span className={`lkd-chip ${stateClass(due.state)}`}>
            {t('pt.home.due', { q: quarterKey(due.year, due.quarter), date: formatDate(due.deadline, lang), state: stateLabel(t, due.state) })}
          </span>
        )}
      </div>
    </div>
  );
}
