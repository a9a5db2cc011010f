import { SKDN_AGE_BANDS } from '../../../domain';
import type { SkdnCode, SkdnReport } from '../../../data/posyandu';
import { useT, type MessageKey } from '../../i18n';

export const CODES: SkdnCode[] = ['S', 'K', 'D', 'N', 'T', 'O', 'B', 'absent', 'BGM', 'T2'];
export const codeLabel = (c: SkdnCode) => (c === 'absent' ? '−' : c === 'T2' ? '2T' : c);

/** Totals; each number is a button listing the children behind it. */
export function SkdnTotals({ report, onPick }: { report: SkdnReport; onPick(c: SkdnCode): void }) {
  const t = useT();
  return (
    <table className="pd-table" aria-label="SKDN">
      <tbody>
        {CODES.map((c) => (
          <tr key={c} data-code={c}>
            <td><strong>{codeLabel(c)}</strong> {t(`posyandu.skdn.${c}` as MessageKey)}</td>
            <td><button type="button" data-count={c} onClick={() => onPick(c)}>{report.skdn[c]}</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 1000) / 10} %`);

export function RatioTable({ report }: { report: SkdnReport }) {
  const t = useT();
  const r = report.ratios;
  const rows: [string, number | null][] = [['K/S', r.KS], ['D/S', r.DS], ['D/K', r.DK], ['N/D', r.ND], ['N/S', r.NS], ['BGM/D', r.BGMD]];
  return (
    <table className="pd-table" aria-label={t('posyandu.skdn.ratios')}>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k} data-ratio={k}><td>{k}</td><td>{pct(v)}</td></tr>
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
            {SKDN_AGE_BANDS.flatMap((b) => [<th key={b + 'L'}>L</th>, <th key={b + 'P'}>P</th>])}
          </tr>
        </thead>
        <tbody>
          {CODES.map((c) => (
            <tr key={c}>
              <td>{codeLabel(c)}</td>
              {SKDN_AGE_BANDS.flatMap((b) => [
                <td key={b + 'L'}>{report.skdn.byBand[b].L[c]}</td>,
                <td key={b + 'P'}>{report.skdn.byBand[b].P[c]}</td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
