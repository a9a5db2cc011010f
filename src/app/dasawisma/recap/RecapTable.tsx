import { RECAP_COLUMNS, type RecapTable as Table } from '../../../domain';
import { useT, type MessageKey } from '../../i18n';

/** The 4.16a/b/c/d table: one row per unit below, totals at the bottom. */
export function RecapTable({ table, firstHeader }: { table: Table; firstHeader: string }) {
  const t = useT();
  return (
    <div className="dw-scroll">
      <table className="dw-table" data-testid="recap-table">
        <thead>
          <tr>
            <th>No</th>
            <th>{firstHeader}</th>
            {RECAP_COLUMNS.map((c) => (
              <th key={c}>{t(`dasawisma.col.${c}` as MessageKey)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={r.id}>
              <td>{i + 1}</td>
              <td>{r.label}</td>
              {RECAP_COLUMNS.map((c) => (
                <td key={c}>{r.counts[c]}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <td>{t('dasawisma.total')}</td>
            {RECAP_COLUMNS.map((c) => (
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
