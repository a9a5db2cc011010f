import { IonButton } from '@ionic/react';
import { Link } from 'react-router-dom';
import { formatDate, useT } from '../../i18n';
import { ExportButtons } from '../../print/ExportButtons';
import { B4Sheet } from '../print/RtSheets';
import { b4Csv } from '../print/csv';
import { PageShell } from '../ui/PageShell';
import { useRt } from '../store';

/** B4 buku penduduk nonpermanen: newest arrivals first; those still here are marked. */
export default function TempListPage() {
  const t = useT();
  const books = useRt((s) => s.books);
  const unit = useRt((s) => s.unit);
  const list = [...(books?.temps ?? [])].sort((a, b) => (a.data.arrivalDate < b.data.arrivalDate ? 1 : -1));
  return (
    <PageShell title={t('rt.tmp.title')}>
      <IonButton size="small" routerLink="/warga/nonpermanen/baru">{t('rt.tmp.new')}</IonButton>
      {!list.length && <p>{t('common.none')}</p>}
      <ul className="rt-list">
        {list.map((x) => (
          <li key={x.id}>
            <Link to={`/warga/nonpermanen/${x.id}`}>
              <span>{x.data.name}<br /><span className="rt-muted">{formatDate(x.data.arrivalDate)} · {x.data.arrivedFrom ?? ''} · {x.data.purpose ?? ''}</span></span>
              {x.data.departureDate ? <span className="rt-muted">{formatDate(x.data.departureDate)}</span> : <span className="rt-badge ok">{t('rt.tmp.here')}</span>}
            </Link>
          </li>
        ))}
      </ul>
      {unit && books && (
        <>
          <ExportButtons filename={`B4-penduduk-sementara-RT${unit.data.rtNo}.csv`} csv={() => b4Csv(t, unit, books)} />
          <B4Sheet unit={unit} books={books} />
        </>
      )}
    </PageShell>
  );
}
