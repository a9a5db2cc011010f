import { ageInDays, assessGrowth, completedMonths, monthOf } from '../../../domain';
import { monthStatus, type Child, type Visit } from '../../../data/posyandu';
import { formatDate, type MessageKey, type Params } from '../../i18n';
import { columnsCsv, type Column } from '../../print/columns';
import { categoryKey } from '../day/labels';
import { assessCircumferences } from '../../../data/posyandu/circumference';
import type { CsvSection } from '../../../domain/csv';

// A child's KMS on paper: the weighings with age, weight, length, the month's trend and the
// weight-for-age z and category; head circumference and LiLA with their z, head category and the
// Kemenkes LiLA class (issue 15). One column definition for the printed sheet and the CSV.

type T = (key: MessageKey, params?: Params) => string;

export interface KmsRow {
  visit: Visit;
  months: number;
  trend: string;
  wfaZ: number | null;
  wfaCat: string;
  lhfaZ: number | null;
  hcfaZ: number | null;
  hcfaCat: string;
  acfaZ: number | null;
  lila: string;
}

/** Weighings oldest first; the trend is the month's (the later weighing of a month counts). */
export function kmsRows(t: T, child: Child, visits: readonly Visit[]): KmsRow[] {
  return [...visits]
    .filter((v) => v.data.weightKg !== undefined || v.data.lengthCm !== undefined || v.data.headCm !== undefined || v.data.muacCm !== undefined)
    .sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0))
    .map((visit) => {
      const d = visit.data;
      const g = assessGrowth({ sex: child.data.sex, ageDays: ageInDays(child.data.birthDate, d.date), weightKg: d.weightKg, lengthCm: d.lengthCm, position: d.position });
      const c = assessCircumferences(child.data, d.date, d);
      const trend = d.weightKg === undefined ? null : monthStatus(child, visits, monthOf(d.date)).trend;
      return {
        visit,
        months: Math.max(0, completedMonths(child.data.birthDate, d.date)),
        trend: trend ?? '',
        wfaZ: g.wfa?.z ?? null,
        wfaCat: g.wfa ? t(categoryKey('wfa', g.wfa.category)) : '',
        lhfaZ: g.lhfa?.z ?? null,
        hcfaZ: c.hcfa?.z ?? null,
        hcfaCat: c.hcfa ? t(categoryKey('hcfa', c.hcfa.category)) : '',
        acfaZ: c.acfa?.z ?? null,
        lila: c.lila ? t(`posyandu.lila.${c.lila}`) : '',
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
    { head: t('posyandu.kms.head'), value: (r) => r.visit.data.headCm, digits: 1 },
    { head: t('posyandu.kms.hcfaZ'), value: (r) => r.hcfaZ, digits: 2 },
    { head: t('posyandu.kms.hcfaCat'), value: (r) => r.hcfaCat },
    { head: t('posyandu.kms.muac'), value: (r) => r.visit.data.muacCm, digits: 1 },
    { head: t('posyandu.kms.acfaZ'), value: (r) => r.acfaZ, digits: 2 },
    { head: t('posyandu.kms.lila'), value: (r) => r.lila },
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
