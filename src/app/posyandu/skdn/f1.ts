import { SKDN_AGE_BANDS, type SkdnAgeBand, type SkdnCell } from '../../../domain';
import { skdnCount, type SkdnCode, type SkdnReport } from '../../../data/posyandu';
import type { MessageKey, Params } from '../../i18n';
import { columnsCsv, type Column } from '../../print/columns';
import type { CsvSection } from '../../../domain/csv';

// Form F1 gizi (domain-tables §2): each item by age band (0–5 … 36–59 months) and sex, then the
// totals; the ratios below it. One definition for the printed sheet and the CSV.

type T = (key: MessageKey, params?: Params) => string;

/** The rows of F1, in the order of the paper form; "D tanpa KMS" right after "−" that it explains. */
export const F1_CODES: SkdnCode[] = ['S', 'K', 'D', 'N', 'T', 'O', 'B', 'absent', 'weighedNoKms', 'BGM', 'T2'];
export const codeLabel = (c: SkdnCode) => (c === 'absent' ? '−' : c === 'T2' ? '2T' : c === 'weighedNoKms' ? 'D−K' : c);

const sum = (cells: SkdnCell[], code: SkdnCode) => cells.reduce((s, c) => s + skdnCount(c, code), 0);

export function f1Columns(t: T, report: SkdnReport): Column<SkdnCode>[] {
  const band = (b: SkdnAgeBand) => report.skdn.byBand[b];
  const bands = SKDN_AGE_BANDS.flatMap((b): Column<SkdnCode>[] => (['L', 'P'] as const).map((sex) => ({
    head: sex,
    group: [t('posyandu.skdn.band', { band: b })],
    value: (code: SkdnCode) => skdnCount(band(b)[sex], code),
  })));
  const bySex = (sex: 'L' | 'P') => (code: SkdnCode) => sum(SKDN_AGE_BANDS.map((b) => band(b)[sex]), code);
  const total = t('posyandu.f1.total');
  return [
    { head: t('posyandu.f1.code'), value: (c) => codeLabel(c) },
    { head: t('posyandu.f1.item'), value: (c) => t(`posyandu.skdn.${c}` as MessageKey), className: 'pd-f1-item' },
    ...bands,
    { head: 'L', group: [total], value: bySex('L') },
    { head: 'P', group: [total], value: bySex('P') },
    { head: 'L+P', group: [total], value: (c) => skdnCount(report.skdn, c) },
  ];
}

export interface RatioRow { key: keyof SkdnReport['ratios']; label: string; target?: string }

export function ratioRows(t: T): RatioRow[] {
  return [
    { key: 'KS', label: t('posyandu.f1.ratio.KS'), target: '80' },
    { key: 'DS', label: t('posyandu.f1.ratio.DS'), target: '≥ 80' },
    { key: 'DK', label: t('posyandu.f1.ratio.DK') },
    { key: 'ND', label: t('posyandu.f1.ratio.ND') },
    { key: 'NS', label: t('posyandu.f1.ratio.NS') },
    { key: 'BGMD', label: t('posyandu.f1.ratio.BGMD') },
  ];
}

export function ratioColumns(t: T, report: SkdnReport): Column<RatioRow>[] {
  return [
    { head: t('posyandu.skdn.ratios'), value: (r) => r.label },
    { head: t('posyandu.f1.result'), value: (r) => (report.ratios[r.key] === null ? null : report.ratios[r.key]! * 100), digits: 1 },
    { head: t('posyandu.f1.target'), value: (r) => r.target ?? '' },
  ];
}

/** The note that explains D/K above 100 % and why "−" is not K − D this month; null when not needed. */
export function noKmsNote(t: T, report: SkdnReport): string | null {
  const n = report.skdn.weighedNoKms;
  return n > 0 ? t('posyandu.skdn.noKmsNote', { n }) : null;
}

export function f1Csv(t: T, report: SkdnReport, lines: string[]): CsvSection[] {
  const note = noKmsNote(t, report);
  return [
    columnsCsv(f1Columns(t, report), F1_CODES, { title: t('posyandu.f1.title'), lines }),
    columnsCsv(ratioColumns(t, report), ratioRows(t), { lines: note ? [note] : [] }),
  ];
}
