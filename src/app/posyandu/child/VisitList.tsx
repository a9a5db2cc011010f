import { useNavigate } from 'react-router-dom';
import { type Child, type Visit } from '../../../data/posyandu';
import { useT, formatDate, formatMeasure, useLang } from '../../i18n';

/**
 * Every visit, newest first, with the kader who recorded it and a correction button (a correction
 * is a new row; the old is tombstoned).
 */
export function VisitList({ child, visits }: { child: Child; visits: readonly Visit[] }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const navigate = useNavigate();
  return (
    <section className="pd-card">
      <h3>{t('posyandu.child.visits')}</h3>
      {visits.length === 0 && <p className="pd-muted">{t('common.none')}</p>}
      <table className="pd-z">
        <tbody>
          {[...visits].reverse().map((v) => (
            <tr key={v.id} data-visit={v.id}>
              <td>{formatDate(v.data.date, lang)}{v.data.kaderName && <div className="pd-muted">{t('posyandu.child.visitBy', { name: v.data.kaderName })}</div>}</td>
              <td>{formatMeasure(v.data.weightKg, 'kg', lang)}</td>
              <td>{formatMeasure(v.data.lengthCm, 'cm', lang)}</td>
              <td>{v.data.implausibleConfirmed ? <span className="pd-badge warn" title={t('posyandu.alert.flagged')}>!</span> : null}</td>
              <td className="pd-noprint">
                <button type="button" className="pd-link" onClick={() => navigate(`/posyandu/hari/${v.data.date}?anak=${child.id}&koreksi=${v.id}`)}>
                  {t('posyandu.weigh.correct')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
