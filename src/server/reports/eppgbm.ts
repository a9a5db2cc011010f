import writeXlsxFile, { type Cell as XCell, type SheetData } from 'write-excel-file/universal';
import { loadWhoTables } from '../../domain';
import { activeConfig } from '../../domain/records/config';
import { eppgbmRows, type EppgbmExportInput, type EppgbmPlace, type OutCell } from '../../domain/interop/eppgbm-export';
import type { Db } from '../db/types';
import { loadKind, loadKinds, type LiveRecord } from './load';
import type { ChildData, UnitData } from './posyandu-inputs';

// The county side of issue 16 item 1: one Posyandu's e-PPGBM rows for a month, from the records the
// phones synced, through the same pure mapping the phone uses (domain/interop/eppgbm-export.ts),
// written to the same XLSX layout as the phone's file (app/interop/xlsx.ts: text stays text, so a
// 16-digit NIK never becomes 3.2E+15; numbers stay numbers; days are date cells).

type VisitData = EppgbmExportInput['visits'][number];

export interface EppgbmUnitRows {
  id: string;
  name: string;
  header: string[];
  rows: OutCell[][];
}

/** null when the kabupaten has no such Posyandu. Children and visits are read whole (every field the file needs). */
export async function eppgbmUnitRows(db: Db, kab: string, id: string, month: string, place: EppgbmPlace): Promise<EppgbmUnitRows | null> {
  const [found] = await db.query<{ addr: string }>("select addr from records where kab = $1 and id = $2 and kind = 'posyandu.unit' and not deleted", [kab, id]);
  if (!found) return null;
  const [kinds, config] = await Promise.all([
    loadKinds(db, kab, ['posyandu.unit', 'posyandu.child', 'posyandu.visit'], [found.addr]),
    Promise.all([loadKind(db, kab, 'config.county', [kab]), loadKind(db, kab, 'config.kbm', [kab]), loadWhoTables()]),
  ]);
  const unit = (kinds.get('posyandu.unit') ?? []).find((u) => u.id === id) as LiveRecord<UnitData> | undefined;
  if (!unit) return null;
  const visits = (kinds.get('posyandu.visit') ?? []).slice().sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const input: EppgbmExportInput = {
    posyandu: { name: unit.data.name, ...(unit.data.desaName ? { desaName: unit.data.desaName } : {}), ...(unit.data.desaCode ? { desaCode: unit.data.desaCode } : {}) },
    place,
    month,
    children: (kinds.get('posyandu.child') ?? []).map((c) => ({ id: c.id, data: c.data as ChildData })),
    visits: visits.map((x) => x.data as VisitData),
    kbm: activeConfig([...config[0], ...config[1]]).kbm,
  };
  return { id: unit.id, name: unit.data.name, ...eppgbmRows(input) };
}

function cell(c: OutCell): XCell {
  if (c === null) return null;
  if (typeof c === 'object') {
    const d = c.date;
    return { value: new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))), type: Date, format: 'dd/mm/yyyy' };
  }
  return typeof c === 'number' ? { value: c, type: Number } : { value: c, type: String };
}

/** The XLSX bytes: a bold header row, then the rows. */
/** `sheet`: eppgbmSheetName (Excel's rules for sheet names). */
export async function eppgbmXlsx(header: readonly string[], rows: readonly OutCell[][], sheet: string): Promise<Buffer> {
  const data: SheetData = [header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })), ...rows.map((r) => r.map(cell))];
  const blob = await writeXlsxFile(data, { sheet }).toBlob();
  return Buffer.from(await blob.arrayBuffer());
}
