import { CELL_KEYS, RECAP_ROWS, balanceChecks, cellValue } from '../../../data/rt';
import type { PopulationRecap } from '../../../domain/population';
import { useT } from '../../i18n';

/** B3 for one month: rows start…end, columns WNI/WNA × L/P, KK and jiwa; each cell has a test id. */
export function RecapTable({ recap, sent }: { recap: PopulationRecap; sent?: Record<string, number> }) {
  const t = useT();
  return (
    <table className="rt-table" data-testid="rt-recap">
      <thead>
        <tr><th />{CELL_KEYS.map((k) => <th key={k}>{t(`rt.rk.col.${k}`)}</th>)}</tr>
      </thead>
      <tbody>
        {RECAP_ROWS.map((row) => (
          <tr key={row}>
            <th scope="row">{t(`rt.rk.row.${row}`)}</th>
            {CELL_KEYS.map((k) => {
              const v = cellValue(recap, row, k);
              const was = sent?.[`${row}.${k}`];
              const changed = was !== undefined && was !== v;
              return (
                <td key={k} data-cell={`${row}.${k}`} className={changed ? 'rt-changed' : undefined}>
                  {row !== 'start' && row !== 'end' && k === 'KK' ? '' : v}
                  {changed && <span className="rt-muted"> ({t('rt.rk.asSent')}: {was})</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The balance of every people cell, shown so the RT head sees the books agree with themselves. */
export function BalanceLine({ recap }: { recap: PopulationRecap }) {
  const t = useT();
  const checks = balanceChecks(recap);
  const bad = checks.filter((c) => !c.ok);
  return (
    <p className={bad.length ? 'rt-error' : 'rt-muted'} data-testid="rt-balance">
      {t('rt.rk.balance')}:{' '}
      {bad.length
        ? bad.map((c) => `${t(`rt.rk.col.${c.key}`)} ${t('rt.rk.balanceBad', { expected: c.expected, end: c.end })}`).join('; ')
        : checks.map((c) => `${t(`rt.rk.col.${c.key}`)} ✓`).join(' · ') + ` — ${t('rt.rk.balanceOk')}`}
    </p>
  );
}
