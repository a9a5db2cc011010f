import { IonButton, IonIcon } from '@ionic/react';
import { addOutline } from 'ionicons/icons';
import { Link } from 'react-router-dom';
import { currentBoard } from '../../../data/posyantek';
import { nextDue, quarterCalendar, quarterKey } from '../../../domain/posyantek';
import { formatDate, useLang, useT } from '../../i18n';
import { useStoreLoad } from '../../shell/useLoad';
import { localToday } from '../../lkd/ui/dates';
import { usePosyantek } from '../store';
import { quarterSent } from '../../../data/posyantek';
import { stateClass, stateLabel } from '../ui/words';
import '../posyantek.css';

/** The Desa tab's Posyantek section: the post with its board and the next report due, or a button to record it. */
export function PosyantekSection() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { status, ctx, posts, books } = useStoreLoad(usePosyantek);
  if (status !== 'ready' || !ctx) return null;
  // Phones enrolled for another module keep no Posyantek.
  if (ctx.placeAddr === null && ctx.role) return null;
  const today = localToday();
  const year = +today.slice(0, 4);
  return (
    <section data-testid="pt-section">
      <h2 className="lkd-section">{t('pt.home.title')}</h2>
      {posts.length === 0 && <p className="lkd-muted">{t('pt.home.intro')}</p>}
      <ul className="lkd-list" data-testid="pt-posts">
        {posts.map((p) => {
          const b = books[p.id];
          const board = b ? currentBoard(b, today) : null;
          const filled = board ? Object.values(board.view.holders).filter(Boolean).length : 0;
          const sent = Object.fromEntries(b ? b.quarters.map((q) => [q.data.quarter, quarterSent(b, q.data.quarter)?.data.sentOn]) : []);
          const due = nextDue(quarterCalendar(year, sent, today));
          return (
            <li key={p.id}>
              <Link to={`/desa/posyantek/${p.id}`}>
                <div className="lkd-row">
                  <span className="lkd-name">{p.data.name}</span>
                  <span className="lkd-muted">{t(p.data.level === 'desa' ? 'pt.level.desa' : 'pt.level.antar-desa')}</span>
                </div>
                <div className="lkd-muted">{board ? t('pt.home.board', { n: filled }) : t('pt.home.noBoard')}</div>
                {due && (
                  <span className={`lkd-chip ${stateClass(due.state)}`} data-testid="pt-next-due">
                    {t('pt.home.due', { q: quarterKey(due.year, due.quarter), date: formatDate(due.deadline, lang), state: stateLabel(t, due.state) })}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
      {ctx.canWrite && ctx.placeAddr && posts.length === 0 && (
        <IonButton routerLink="/desa/posyantek-baru" expand="block" className="lkd-noprint">
          <IonIcon slot="start" icon={addOutline} />
          {t('pt.home.new')}
        </IonButton>
      )}
    </section>
  );
}
