import type { CsvSection } from '../../../domain/csv';
import type { BalitaRecap, IlpRecap, RecapRow, StageRecap } from '../../../domain/ilp/recap';
import { UNKNOWN_AGE_BAND } from '../../../domain/ilp/recap-table';
import type { MessageKey, Params } from '../../i18n';
import { columnsCsv, type Column } from '../../print/columns';

// The monthly ILP recap's tables, declared once for the screen, the printed sheet and the CSV
// (print/columns.ts): per stage, people by age band and sex with the total under them, then the
// classes. Balita's table is SKDN's figures (domain balitaRecap).

type T = (key: MessageKey, params?: Params) => string;
export type AnyStageRecap = StageRecap | BalitaRecap;

export const stageTitle = (t: T, s: AnyStageRecap) => (s.stage === 'balita' ? t('ilpRecap.balita') : t(`ilp.group.${s.stage}` as MessageKey));

const bandLabel = (t: T, s: AnyStageRecap, code: string) =>
  s.stage === 'balita' ? t('ilpRecap.balitaBand', { band: code }) : code === UNKNOWN_AGE_BAND ? t('ilpRecap.bandUnknown') : t('ilpRecap.band', { band: code });

const classLabel = (t: T, s: AnyStageRecap, code: string) =>
  s.stage === 'balita' ? t(`posyandu.skdn.${code}` as MessageKey) : t(`ilpRecap.c.${code}` as MessageKey);

function counts(t: T): Column<RecapRow>[] {
  return [
    { head: 'L', value: (r) => r.L },
    { head: 'P', value: (r) => r.P },
    { head: t('ilpRecap.total'), value: (r) => r.L + r.P },
  ];
}

/** People by age band; the total row (code '') goes in the footer. */
export function bandColumns(t: T, s: AnyStageRecap): Column<RecapRow>[] {
  return [{ head: t('ilpRecap.ageBand'), value: (r) => (r.code === '' ? t('ilpRecap.total') : bandLabel(t, s, r.code)) }, ...counts(t)];
}

export function classColumns(t: T, s: AnyStageRecap): Column<RecapRow>[] {
  return [{ head: t('ilpRecap.class'), value: (r) => classLabel(t, s, r.code) }, ...counts(t)];
}

export const totalRow = (s: AnyStageRecap): RecapRow => ({ code: '', L: s.total.L, P: s.total.P });

/** Stages in the order they print: ibu, balita (when given), remaja, dewasa, lansia. */
export function recapStages(recap: IlpRecap, balita: BalitaRecap | null): AnyStageRecap[] {
  const [ibu, ...rest] = recap.stages;
  return balita ? [ibu, balita, ...rest] : [ibu, ...rest];
}

export function recapCsv(t: T, stages: AnyStageRecap[], lines: string[]): CsvSection[] {
  return stages.flatMap((s, i) => [
    columnsCsv(bandColumns(t, s), s.byBand, { title: stageTitle(t, s), lines: i === 0 ? lines : undefined, foot: [totalRow(s)] }),
    columnsCsv(classColumns(t, s), s.classes),
  ]);
}
