import { ageInDays, assessGrowth, completedMonths, monthOf } from '../../../domain';
import { monthStatus, type Child, type Visit } from '../../../data/posyandu';
import { formatDate, type MessageKey, type Params } from '../../i18n';
import { columnsCsv, type Column } from '../../print/columns';
import { categoryKey } from '../day/labels';
import type { CsvSection } from '../../../domain/csv';

// A child's KMS on paper: the weighings with age, weight, length, the month's trend and the
// weight-for-age z and category. One column definition for the printed sheet and the CSV.

type T = (key: MessageKey, params?: Params) => string;

export interface KmsRow {
  visit: Visit;
  months: number;
  trend: string;
  wfaZ: number | null;
  wfaCat: string;
  lhfaZ: number | null;
}

/** Weighings oldest first; the trend is the month's (the later weighing of a month counts). */
export function kmsRows(t: T, child: Child, visits: readonly Visit[]): KmsRow[] {
  return [...visits]
    .filter((v) => v.data.weightKg !== undefined || v.data.lengthCm !== undefined)
    .sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0))
    .map((visit) => {
      const d = visit.data;
      const g = assessGrowth({ sex: child.data.sex, ageDays: ageInDays(child.data.birthDate, d.date), weightKg: d.weightKg, lengthCm: d.lengthCm, position: d.position });
      const trend = d.weightKg === undefined ? null : monthStatus(child, visits, monthOf(d.date)).trend;
      return {
        visit,
        months: Math.max(0, completedMonths(child.data.birthDate, d.date)),
        trend: trend ?? '',
        wfaZ: g.wfa?.z ?? null,
        wfaCat: g.wfa ? t(categoryKey('wfa', g.wfa.category)) : '',
        lhfaZ: g.lhfa?.z ?? null,
      };
    });
}

export function kmsColumns(t: T): Column<KmsRow>[] {
  return [
    { head: t('posyandu.kms.date'), value: (r) => formatDate(r.visit.data.date) },
    { head: t('posyandu.kms.age'), value: (r) => r.months },
    { head: t('posyandu.kms.weight'), value: (r) => r.visit.data.weightKg, digits: 1 },
    { head: t('posyandu.kms.length'), value: (r) => r.visit.data.lengthCm, digits: 1 },
    { head: t('posyandu.kms.trend'), value: (r) => r.trend },
    { head: t('posyandu.kms.wfaZ'), value: (r) => r.wfaZ, digits: 2 },
    { head: t('posyandu.kms.wfaCat'), value: (r) => r.wfaCat },
    { head: t('posyandu.kms.lhfaZ'), value: (r) => r.lhfaZ, digits: 2 },
  ];
}

/** The child's identity lines of the KMS sheet. */
export function kmsLines(t: T, child: Child, unitName: string): string[] {
  const d = child.data;
  return [
    `${d.name} · ${t(d.sex === 'L' ? 'posyandu.sex.L' : 'posyandu.sex.P')} · ${t('posyandu.kms.born', { date: formatDate(d.birthDate) })}`,
    [d.motherName && t('posyandu.kms.mother', { name: d.motherName }), unitName].filter(Boolean).join(' · '),
  ];
}

export function kmsCsv(t: T, child: Child, visits: readonly Visit[], unitName: string): CsvSection {
  const cols: Column<KmsRow>[] = [...kmsColumns(t), { head: t('posyandu.kms.dateIso'), value: (r) => r.visit.data.date }];
  return columnsCsv(cols, kmsRows(t, child, visits), { title: t('posyandu.kms.title'), lines: kmsLines(t, child, unitName) });
}
