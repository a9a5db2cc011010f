import { SKDN_AGE_BANDS } from '../../../domain';
import { skdnCount, type SkdnCode, type SkdnReport } from '../../../data/posyandu';
import { formatPercent, useT, type MessageKey } from '../../i18n';
import { F1_CODES, codeLabel, noKmsNote } from './f1';

export const CODES = F1_CODES;
export { codeLabel };

/** Totals; each number is a button listing the children behind it. */
export function SkdnTotals({ report, onPick }: { report: SkdnReport; onPick(c: SkdnCode): void }) {
  const t = useT();
  const note = noKmsNote(t, report);
  return (
    <>
      <table className="pd-table" aria-label={t('posyandu.skdn.table')}>
        <tbody>
          {CODES.map((c) => (
            <tr key={c} data-code={c}>
              <td><strong>{codeLabel(c)}</strong> {t(`posyandu.skdn.${c}` as MessageKey)}</td>
              <td><button type="button" data-count={c} onClick={() => onPick(c)}>{skdnCount(report.skdn, c)}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {note && <p className="pd-muted" data-note="noKms">{note}</p>}
    </>
  );
}

export function RatioTable({ report }: { report: SkdnReport }) {
  const t = useT();
  const r = report.ratios;
  const rows: [string, number | null][] = [['K/S', r.KS], ['D/S', r.DS], ['D/K', r.DK], ['N/D', r.ND], ['N/S', r.NS], ['BGM/D', r.BGMD]];
  return (
    <table className="pd-table" aria-label={t('posyandu.skdn.ratios')}>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k} data-ratio={k}><td>{k}</td><td>{formatPercent(v)}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

/** Form F1 layout: each item by age band (0–5 … 36–59 months) and sex. */
export function BandTable({ report }: { report: SkdnReport }) {
  const t = useT();
  return (
    <div className="pd-scroll">
      <table className="pd-table" aria-label={t('posyandu.skdn.byBand')}>
        <thead>
          <tr>
            <th />
            {SKDN_AGE_BANDS.map((b) => <th key={b} colSpan={2}>{t('posyandu.skdn.band', { band: b })}</th>)}
          </tr>
          <tr>
            <th />
            {SKDN_AGE_BANDS.flatMap((b) => [<th key={b + 'L'}>{t('posyandu.skdn.male')}</th>, <th key={b + 'P'}>{t('posyandu.skdn.female')}</th>])}
          </tr>
        </thead>
        <tbody>
          {CODES.map((c) => (
            <tr key={c}>
              <td>{codeLabel(c)}</td>
              {SKDN_AGE_BANDS.flatMap((b) => [
                <td key={b + 'L'}>{skdnCount(report.skdn.byBand[b].L, c)}</td>,
                <td key={b + 'P'}>{skdnCount(report.skdn.byBand[b].P, c)}</td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
