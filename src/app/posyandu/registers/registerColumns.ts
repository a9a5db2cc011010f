import type { SyncRecord } from '../../../domain';
import type { CsvSection } from '../../../domain/csv';
import { formatDate, type MessageKey, type Params } from '../../i18n';
import { columnsCsv, type Column } from '../../print/columns';
import { REGISTER_FIELDS, type RegisterKind } from './fields';

// A register (001 Pasal 86 ayat 3) as a table: one column per field of its form, in the order the
// kader fills the paper book. Dates the Indonesian way; the CSV adds them in ISO at the right.

type T = (key: MessageKey, params?: Params) => string;
type D = Record<string, unknown>;

/** Fields that identify a person in another module: not a column of the paper book. */
const HIDDEN = new Set(['personId']);
/** Columns of names and free text that must not be squeezed to a word per line. */
const WIDE = new Set(['name', 'husbandName', 'targetName', 'topic', 'activity', 'description']);

export function registerColumns(t: T, kind: RegisterKind): Column<SyncRecord>[] {
  const fields = REGISTER_FIELDS[kind].filter((f) => !HIDDEN.has(f.key));
  return [
    { head: t('posyandu.regSheet.no'), value: (_r, i) => (i < 0 ? '' : i + 1) },
    ...fields.map((f): Column<SyncRecord> => {
      const head = t(`posyandu.f.${f.key}` as MessageKey);
      const raw = (r: SyncRecord) => (r.data as D)[f.key];
      switch (f.type) {
        case 'date': return { head, value: (r) => (typeof raw(r) === 'string' ? formatDate(raw(r) as string) : ''), className: 'kd-date' };
        case 'bool': return { head, value: (r) => (raw(r) === true ? t('common.yes') : raw(r) === false ? t('common.no') : '') };
        case 'select': return { head, value: (r) => (raw(r) ? t(`posyandu.opt.${raw(r)}` as MessageKey) : '') };
        case 'int': case 'decimal': return { head, value: (r) => (typeof raw(r) === 'number' ? (raw(r) as number) : null), digits: f.type === 'decimal' ? 1 : undefined };
        default: return { head, value: (r) => (raw(r) === undefined ? '' : String(raw(r))), text: f.key === 'nik', className: WIDE.has(f.key) ? 'kd-wide' : undefined };
      }
    }),
  ];
}

export function registerCsv(t: T, kind: RegisterKind, rows: readonly SyncRecord[], title: string, lines: string[]): CsvSection {
  const dates = REGISTER_FIELDS[kind].filter((f) => f.type === 'date');
  const iso: Column<SyncRecord>[] = dates.map((f) => ({
    head: `${t(`posyandu.f.${f.key}` as MessageKey)} (ISO)`,
    value: (r) => ((r.data as D)[f.key] as string | undefined) ?? '',
  }));
  return columnsCsv([...registerColumns(t, kind), ...iso], rows, { title, lines });
}
