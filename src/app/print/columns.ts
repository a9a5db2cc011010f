import { csvSection, type CsvCell, type CsvSection } from '../../domain/csv';

// A report's columns, declared once for the printed sheet (SheetTable) and its CSV, so the paper
// form and the file always have the same headings over the same values.

export interface Column<T> {
  head: string;
  /** headings above `head`, outermost first (B2: ['Penambahan', 'Datang']); spans are merged */
  group?: string[];
  /** the cell: numbers stay numbers (printed with the language's decimal mark, CSV with a comma) */
  value(row: T, index: number): CsvCell;
  /** fixed decimals for a number (weights: 1) */
  digits?: number;
  /** an identifier of digits (NIK, No. KK) that a spreadsheet must keep as text */
  text?: boolean;
  /** class of the printed cells (widths in the form's CSS) */
  className?: string;
}

/** The CSV heading of a column: its headings from the outermost down ('Penambahan – Datang – Tanggal'). */
export const csvHead = (c: Pick<Column<unknown>, 'head' | 'group'>) => [...(c.group ?? []), c.head].join(' – ');

/** The CSV section of a table: the body rows, then the footer rows (totals). */
export function columnsCsv<T>(columns: Column<T>[], rows: readonly T[], o: { title?: string; lines?: string[]; foot?: readonly T[] } = {}): CsvSection {
  const all = [...rows, ...(o.foot ?? [])];
  // Footer rows are not numbered like the body: the index passed on is the body's length.
  return csvSection(
    columns.map((c) => ({ head: csvHead(c), digits: c.digits, text: c.text, value: (r: T, i: number) => c.value(r, i < rows.length ? i : -1) })),
    all,
    o.title,
    o.lines,
  );
}
