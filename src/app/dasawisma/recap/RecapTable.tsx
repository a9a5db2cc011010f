import { RECAP_COLUMNS, type RecapColumn, type RecapTable as Table } from '../../../domain';

/**
 * 4.16a's rows are households: the "Dasawisma" column (the number of groups) only means something
 * from 4.16b up, where each row is a group or more; a household row would read 0 and the total 1.
 */
export const GROUP_COLUMNS: readonly RecapColumn[] = RECAP_COLUMNS.filter((c) => c !== 'dasawisma');
import { useT, type MessageKey } from '../../i18n';

/** The 4.16a/b/c/d table: one row per unit below, totals at the bottom. */
export function RecapTable({ table, firstHeader, columns = RECAP_COLUMNS }: { table: Table; firstHeader: string; columns?: readonly RecapColumn[] }) {
  const t = useT();
  return (
    <div className="dw-scroll">
      <table className="dw-table" data-testid="recap-table">
        <thead>
          <tr>
            <th>{t('dasawisma.rowNo')}</th>
            <th>{firstHeader}</th>
            {columns.map((c) => (
              <th key={c}>{t(`dasawisma.col.${c}` as MessageKey)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={r.id}>
              <td>{i + 1}</td>
              <td>{r.label}</td>
              {columns.map((c) => (
                <td key={c}>{r.counts[c]}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <td>{t('dasawisma.total')}</td>
            {columns.map((c) => (
              <td key={c} data-col={c}>
                {table.totals[c]}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
