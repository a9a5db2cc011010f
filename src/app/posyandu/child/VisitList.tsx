import { useNavigate } from 'react-router-dom';
import { type Child, type Visit } from '../../../data/posyandu';
import { assessCircumferences } from '../../../data/posyandu/circumference';
import type { IndicatorResult } from '../../../domain';
import { useT, formatDate, formatMeasure, useLang } from '../../i18n';
import { categoryKey, fmtZ, isBadCategory } from '../day/labels';

/**
 * Every visit, newest first, with the kader who recorded it and a correction button (a correction
 * is a new row; the old is tombstoned). Head circumference and LiLA show with their z-score, and
 * their category when it is outside normal.
 */
export function VisitList({ child, visits }: { child: Child; visits: readonly Visit[] }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const navigate = useNavigate();
  const circ = (label: string, cm: number | undefined, r: IndicatorResult | null, ind: 'hcfa' | 'acfa') => cm === undefined ? null : (
    <div data-circ={ind}>
      {/* eslint-disable-next-line kader/no-raw-text -- 'z' is the z-score's symbol in every language, not a word */}
      {label} {formatMeasure(cm, 'cm', lang)}{r && <span className="pd-muted"> · z {fmtZ(r.z)}</span>}
      {r && isBadCategory(r.category) && <span className="pd-error"> · {t(categoryKey(ind, r.category))}</span>}
    </div>
  );
  return (
    <section className="pd-card">
      <h3>{t('posyandu.child.visits')}</h3>
      {visits.length === 0 && <p className="pd-muted">{t('common.none')}</p>}
      <table className="pd-z">
        <tbody>
          {[...visits].reverse().map((v) => {
            const c = v.data.headCm === undefined && v.data.muacCm === undefined ? null : assessCircumferences(child.data, v.data.date, v.data);
            return (
            <tr key={v.id} data-visit={v.id}>
              <td>{formatDate(v.data.date, lang)}{v.data.kaderName && <div className="pd-muted">{t('posyandu.child.visitBy', { name: v.data.kaderName })}</div>}</td>
              <td>{formatMeasure(v.data.weightKg, 'kg', lang)}</td>
              <td>
                {formatMeasure(v.data.lengthCm, 'cm', lang)}
                {c && circ(t('posyandu.visit.head'), v.data.headCm, c.hcfa, 'hcfa')}
                {c && circ(t('posyandu.visit.muac'), v.data.muacCm, c.acfa, 'acfa')}
              </td>
              <td>{v.data.implausibleConfirmed ? <span className="pd-badge warn" title={t('posyandu.alert.flagged')}>!</span> : null}</td>
              <td className="pd-noprint">
                <button type="button" className="pd-link" onClick={() => navigate(`/posyandu/hari/${v.data.date}?anak=${child.id}&koreksi=${v.id}`)}>
                  {t('posyandu.weigh.correct')}
                </button>
              </td>
            </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
