import type { ReactNode } from 'react';
import { formatNumber } from '../i18n';
import type { Column } from './columns';

interface HeadCell { key: string; label: string; colSpan: number; rowSpan: number }

/** Header rows of grouped columns: equal group paths side by side merge into one cell. */
export function headerRows(columns: Column<unknown>[]): HeadCell[][] {
  const depth = 1 + Math.max(0, ...columns.map((c) => c.group?.length ?? 0));
  const rows: HeadCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: HeadCell[] = [];
    columns.forEach((c, i) => {
      const path = [...(c.group ?? []), c.head];
      const g = c.group?.length ?? 0;
      if (level > g) return;
      if (level === g) {
        row.push({ key: `${level}-${i}`, label: c.head, colSpan: 1, rowSpan: depth - level });
        return;
      }
      const prev = columns[i - 1];
      const prevPath = prev ? [...(prev.group ?? []), prev.head] : null;
      const same = prevPath && (prev.group?.length ?? 0) > level && prevPath.slice(0, level + 1).join('\u0000') === path.slice(0, level + 1).join('\u0000');
      if (same) row[row.length - 1].colSpan++;
      else row.push({ key: `${level}-${i}`, label: path[level], colSpan: 1, rowSpan: 1 });
    });
    rows.push(row);
  }
  return rows;
}

function show<T>(c: Column<T>, row: T, i: number): ReactNode {
  const v = c.value(row, i);
  return typeof v === 'number' ? formatNumber(v, c.digits === undefined ? {} : { digits: c.digits }) : v ?? '';
}

/** A form's table on the printed sheet: grouped headings repeated on every page, totals in the footer. */
export function SheetTable<T>({ columns, rows, foot = [], rowKey, empty, label, numbered }: {
  columns: Column<T>[];
  rows: readonly T[];
  foot?: readonly T[];
  rowKey: (row: T, i: number) => string;
  /** shown in one row when there are no rows */
  empty?: string;
  /** data-table, for tests and the form's CSS */
  label?: string;
  /** a row of column numbers (1, 2, 3 …) under the headings, as the official forms have */
  numbered?: boolean;
}) {
  return (
    <table data-table={label}>
      <thead>
        {headerRows(columns as Column<unknown>[]).map((r, i) => (
          <tr key={i}>{r.map((h) => <th key={h.key} colSpan={h.colSpan > 1 ? h.colSpan : undefined} rowSpan={h.rowSpan > 1 ? h.rowSpan : undefined}>{h.label}</th>)}</tr>
        ))}
        {numbered && <tr className="kd-colno">{columns.map((_c, i) => <th key={i}>{i + 1}</th>)}</tr>}
      </thead>
      <tbody>
        {rows.length === 0 && empty && <tr><td colSpan={columns.length}>{empty}</td></tr>}
        {rows.map((r, i) => (
          <tr key={rowKey(r, i)}>
            {columns.map((c, k) => {
              const v = c.value(r, i);
              return <td key={k} className={[typeof v === 'number' ? 'kd-num' : '', c.className ?? ''].join(' ').trim() || undefined}>{show(c, r, i)}</td>;
            })}
          </tr>
        ))}
      </tbody>
      {foot.length > 0 && (
        <tfoot>
          {foot.map((r, i) => (
            <tr key={rowKey(r, -1 - i)}>
              {columns.map((c, k) => {
                const v = c.value(r, -1);
                return <td key={k} className={typeof v === 'number' ? 'kd-num' : undefined}>{show(c, r, -1)}</td>;
              })}
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
}
