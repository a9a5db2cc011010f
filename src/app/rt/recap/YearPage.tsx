import { Link, useParams } from 'react-router-dom';
import { yearRecap } from '../../../data/rt';
import { formatMonth, useLang, useT } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { BalanceLine, RecapTable } from './RecapTable';
import { useRecapInputs } from './useRecap';
import { ExportButtons } from '../../print/ExportButtons';
import { B3Sheet } from '../print/RtSheets';
import { b3Csv } from '../print/csv';

/** '/warga/rekap/tahun/:year' — twelve months in one table, and the December recap for the yearly report. */
export default function YearPage() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const year = Number(useParams().year);
  const inputs = useRecapInputs();
  const months = inputs && Number.isInteger(year) ? yearRecap(inputs.events, year) : [];
  const dec = months[11];
  return (
    <PageShell title={t('rt.rk.yearTitle', { year })}>
      <table className="rt-table" data-testid="rt-year">
        <thead>
          <tr>
            <th>{t('rt.rk.month')}</th><th>{t('rt.rk.row.start')}</th><th>{t('rt.rk.row.lahir')}</th><th>{t('rt.rk.row.datang')}</th>
            <th>{t('rt.rk.row.mati')}</th><th>{t('rt.rk.row.pindah')}</th><th>{t('rt.rk.row.end')}</th><th>{t('rt.rk.col.KK')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((r) => (
            <tr key={r.month} className={inputs?.rev.months.includes(r.month) ? 'rt-changed' : undefined}>
              <td><Link to={`/warga/rekap/${r.month}`}>{formatMonth(r.month, lang)}</Link>{inputs?.rev.months.includes(r.month) && <span className="rt-badge warn" title={t('rt.rk.revisedTitle')}>{t('rt.rk.revisedBadge')}</span>}</td>
              <td>{r.start.jiwa}</td><td>{r.lahir.jiwa}</td><td>{r.datang.jiwa}</td><td>{r.mati.jiwa}</td><td>{r.pindah.jiwa}</td><td>{r.end.jiwa}</td><td>{r.end.KK}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {inputs && months.length > 0 && (
        <>
          <ExportButtons filename={`B3-rekap-RT${inputs.unit.data.rtNo}-${year}.csv`} csv={() => b3Csv(t, inputs.unit, months, t('rt.b3.year', { year: String(year) }))} />
          <B3Sheet unit={inputs.unit} recaps={months} period={t('rt.b3.year', { year: String(year) })} />
        </>
      )}
      {dec && (
        <section className="rt-card">
          <h2>{t('rt.rk.december')}</h2>
          <RecapTable recap={dec} />
          <BalanceLine recap={dec} />
        </section>
      )}
    </PageShell>
  );
}
