import { RECAP_COLUMNS, type RecapColumn, type RecapRow, type RecapTable } from '../../../domain';
import type { CsvSection } from '../../../domain/csv';
import type { MessageKey, Params } from '../../i18n';
import { columnsCsv, type Column } from '../../print/columns';

// Rekapitulasi catatan data dan kegiatan warga, 4.16a (group: a row per household) and 4.16b–d
// (a row per group, RT, RW/dusun), in the column groups of the TP PKK form (domain-tables §6).
// One definition for the printed sheet and the CSV.

type T = (key: MessageKey, params?: Params) => string;

/** The form's column groups: members L/P, balita L/P, house criteria, water, staple food, activities. */
const GROUP_OF: Partial<Record<RecapColumn, string>> = {
  membersL: 'members', membersP: 'members', balitaL: 'balita', balitaP: 'balita',
  houseHealthy: 'house', houseUnhealthy: 'house',
  waterPdam: 'water', waterWell: 'water', waterOther: 'water',
  stapleRice: 'staple', stapleNonRice: 'staple',
  up2k: 'activities', yardUse: 'activities', homeIndustry: 'activities', envHealth: 'activities',
};
/** Under a group heading, a shorter heading: 'L' under "Jumlah anggota keluarga". */
const SHORT: Partial<Record<RecapColumn, MessageKey>> = {
  membersL: 'dasawisma.sheet.L', membersP: 'dasawisma.sheet.P', balitaL: 'dasawisma.sheet.L', balitaP: 'dasawisma.sheet.P',
  houseHealthy: 'dasawisma.sheet.healthy', houseUnhealthy: 'dasawisma.sheet.unhealthy',
  waterPdam: 'dasawisma.sheet.pdam', waterWell: 'dasawisma.sheet.well', waterOther: 'dasawisma.sheet.other',
  stapleRice: 'dasawisma.sheet.rice', stapleNonRice: 'dasawisma.sheet.nonRice',
};

export type RecapLevel = 'group' | 'rollup';

/** 4.16a has no "Jumlah dasawisma"/"Jumlah rumah" columns: each row is one house. */
function columnsOf(level: RecapLevel): RecapColumn[] {
  return level === 'group' ? RECAP_COLUMNS.filter((c) => c !== 'dasawisma' && c !== 'households') : [...RECAP_COLUMNS];
}

export function recapColumns(t: T, level: RecapLevel, firstHeader: string): Column<RecapRow>[] {
  return [
    { head: 'No', value: (_r, i) => (i < 0 ? '' : i + 1) },
    { head: firstHeader, value: (r) => r.label, className: 'kd-wide' },
    ...columnsOf(level).map((c): Column<RecapRow> => {
      const g = GROUP_OF[c];
      return {
        head: SHORT[c] ? t(SHORT[c]!) : t(`dasawisma.col.${c}` as MessageKey),
        group: g ? [t(`dasawisma.sheet.group.${g}` as MessageKey)] : undefined,
        value: (r) => r.counts[c] ?? 0,
      };
    }),
    { head: t('dasawisma.sheet.notes'), value: () => '' },
  ];
}

/** The totals row of a table, labelled "Jumlah". */
export function totalRow(t: T, table: RecapTable): RecapRow {
  return { id: 'total', label: t('dasawisma.total'), counts: table.totals };
}

export function recapCsv(t: T, level: RecapLevel, firstHeader: string, table: RecapTable, title: string, lines: string[]): CsvSection {
  return columnsCsv(recapColumns(t, level, firstHeader), table.rows, { title, lines, foot: [totalRow(t, table)] });
}
