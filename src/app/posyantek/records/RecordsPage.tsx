import { IonButton } from '@ionic/react';
import { Link, useParams } from 'react-router-dom';
import type { PostBooks } from '../../../data/posyantek';
import { formatDate, formatNumber, useLang, useT } from '../../i18n';
import { Page } from '../ui/Page';
import { usePosyantek, usePostBooks } from '../store';
import { activityLabel, conditionLabel, needStatusLabel, unitLabel } from '../ui/words';

/**
 * The work of the board's positions (BAB V) as records: the TTG inventory, the technology needs
 * mapped with the community, services, consultations, promotion, training and partnerships, and
 * the productive business units (Pasal 24 ayat (3)) (/desa/posyantek/:postId/catatan).
 */
export default function RecordsPage() {
  const t = useT();
  const { postId } = useParams();
  const books = usePostBooks(postId);
  return (
    <Page title={t('pt.rec.title')} back={`/desa/posyantek/${postId}`}>
      {books ? <Records books={books} /> : <p>{t('pt.notFound')}</p>}
    </Page>
  );
}

function Records({ books }: { books: PostBooks }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const canWrite = usePosyantek((s) => s.ctx?.canWrite);
  const base = `/desa/posyantek/${books.post.id}`;
  const d = (iso?: string) => (iso ? formatDate(iso, lang) : '');
  const add = (to: string, label: string) => canWrite && <IonButton size="small" fill="outline" routerLink={to} className="lkd-noprint">{label}</IonButton>;
  return (
    <div data-testid="pt-records">
      <h2 className="lkd-section">{t('pt.rec.activities')}</h2>
      <p className="lkd-muted">{t('pt.rec.activitiesHint')}</p>
      <ul className="lkd-list" data-testid="pt-activities">
        {[...books.activities].reverse().map((a) => (
          <li key={a.id}><Link to={`${base}/kegiatan/${a.id}`}>
            <div className="lkd-row"><span className="lkd-name">{a.data.title}</span><span className="lkd-muted">{d(a.data.date)}</span></div>
            <div className="lkd-muted">{activityLabel(t, a.data.type)}{a.data.who ? ` · ${a.data.who}` : ''}{a.data.participants !== undefined ? ` · ${t('pt.rec.people', { n: formatNumber(a.data.participants) })}` : ''}</div>
          </Link></li>
        ))}
      </ul>
      {add(`${base}/kegiatan-baru`, t('pt.rec.addActivity'))}

      <h2 className="lkd-section">{t('pt.rec.needs')}</h2>
      <ul className="lkd-list" data-testid="pt-needs">
        {[...books.needs].reverse().map((n) => (
          <li key={n.id}><Link to={`${base}/kebutuhan/${n.id}`}>
            <div className="lkd-row"><span className="lkd-name">{n.data.problem}</span><span className="lkd-muted">{d(n.data.date)}</span></div>
            <div className="lkd-muted">{n.data.requester}{n.data.technology ? ` · ${n.data.technology}` : ''} · {needStatusLabel(t, n.data.status)}</div>
          </Link></li>
        ))}
      </ul>
      {add(`${base}/kebutuhan-baru`, t('pt.rec.addNeed'))}

      <h2 className="lkd-section">{t('pt.rec.ttg')}</h2>
      <ul className="lkd-list" data-testid="pt-ttg">
        {books.ttg.map((x) => (
          <li key={x.id}><Link to={`${base}/ttg/${x.id}`}>
            <div className="lkd-row"><span className="lkd-name">{x.data.name}</span><span className="lkd-muted">{t('pt.rec.unitCount', { n: formatNumber(x.data.quantity ?? 1) })}</span></div>
            <div className="lkd-muted">{[x.data.field, x.data.source, x.data.condition ? conditionLabel(t, x.data.condition) : ''].filter(Boolean).join(' · ')}</div>
          </Link></li>
        ))}
      </ul>
      {add(`${base}/ttg-baru`, t('pt.rec.addTtg'))}

      <h2 className="lkd-section">{t('pt.rec.units')}</h2>
      <ul className="lkd-list" data-testid="pt-units">
        {books.units.map((u) => (
          <li key={u.id}><Link to={`${base}/usaha/${u.id}`}>
            <div className="lkd-row"><span className="lkd-name">{u.data.name}</span><span className="lkd-muted">{unitLabel(t, u.data.type)}</span></div>
            {u.data.manager && <div className="lkd-muted">{u.data.manager}</div>}
          </Link></li>
        ))}
      </ul>
      {add(`${base}/usaha-baru`, t('pt.rec.addUnit'))}
    </div>
  );
}
