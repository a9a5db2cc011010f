import writeXlsxFile, { type Cell as XCell, type SheetData } from 'write-excel-file/universal';
import { readSheet } from 'read-excel-file/universal';
import type { Cell } from '../../domain/interop/cells';
import type { OutCell } from '../../domain/interop/eppgbm-export';

// The one place the app reads and writes XLSX (write-excel-file + read-excel-file, both on fflate,
// ~35 KB gz together). Imported only by the import/export screens, which are lazy pages, so the
// first screen never carries it. Plain functions on Blob, so Node tests use the same code.

const dateCell = (iso: string): XCell => ({
  value: new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10))),
  type: Date,
  format: 'dd/mm/yyyy',
});

function outCell(c: OutCell): XCell {
  if (c === null) return null;
  if (typeof c === 'object') return dateCell(c.date);
  // Text stays text (a NIK of 16 digits must not become 3.2E+15), numbers stay numbers.
  return typeof c === 'number' ? { value: c, type: Number } : { value: c, type: String };
}

/** One sheet (named by eppgbmSheetName: Excel's rules) with a bold header row; text columns as text, numbers as numbers, days as date cells. */
export async function writeSheet(header: readonly string[], rows: readonly OutCell[][], sheet: string): Promise<Blob> {
  const data: SheetData = [
    header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
    ...rows.map((r) => r.map(outCell)),
  ];
  return writeXlsxFile(data, { sheet }).toBlob();
}

/** The first sheet's rows as cells (text, numbers, Dates for date-formatted cells, null). */
export async function readFirstSheet(file: Blob | ArrayBuffer): Promise<Cell[][]> {
  const rows = await readSheet(file);
  return rows.map((r) => r.map((c) => (c === undefined ? null : (c as Cell))));
}
