import { IonButton } from '@ionic/react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { useRt } from '../store';

/** B4 buku penduduk nonpermanen: newest arrivals first; those still here are marked. */
export default function TempListPage() {
  const t = useT();
  const books = useRt((s) => s.books);
  const list = [...(books?.temps ?? [])].sort((a, b) => (a.data.arrivalDate < b.data.arrivalDate ? 1 : -1));
  return (
    <PageShell title={t('rt.tmp.title')}>
      <IonButton size="small" routerLink="/warga/nonpermanen/baru">{t('rt.tmp.new')}</IonButton>
      {!list.length && <p>{t('common.none')}</p>}
      <ul className="rt-list">
        {list.map((x) => (
          <li key={x.id}>
            <Link to={`/warga/nonpermanen/${x.id}`}>
              <span>{x.data.name}<br /><span className="rt-muted">{x.data.arrivalDate} · {x.data.arrivedFrom ?? ''} · {x.data.purpose ?? ''}</span></span>
              {x.data.departureDate ? <span className="rt-muted">{x.data.departureDate}</span> : <span className="rt-badge ok">{t('rt.tmp.here')}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
