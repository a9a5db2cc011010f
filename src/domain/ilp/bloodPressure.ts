import type { Sourced } from '../bands';

// Blood pressure classes as data. A class is the higher of the systolic and the diastolic class
// (JNC7 and the Indonesian PNPK both say so); two readings are averaged first.

export interface BpReading {
  systolic: number;
  diastolic: number;
}

export interface BpClassRow<C extends string> {
  code: C;
  /** the row applies when systolic ≥ sysFrom OR diastolic ≥ diaFrom (the lowest row has 0, 0) */
  sysFrom: number;
  diaFrom: number;
}

export interface BpTable<C extends string> extends Sourced {
  /** lowest first */
  rows: readonly BpClassRow<C>[];
  /** classes that count as hypertension (referral) */
  hypertensive: readonly C[];
}

export type Jnc7Class = 'normal' | 'prehypertension' | 'stage1' | 'stage2';
export type PnpkClass = 'optimal' | 'normal' | 'highNormal' | 'grade1' | 'grade2' | 'grade3';
export type TeenBpClass = 'normal' | 'elevated' | 'stage1' | 'stage2';

export const BP_JNC7: BpTable<Jnc7Class> = {
  id: 'tekanan-darah-jnc7',
  version: 1,
  source:
    'JNC 7 (Chobanian et al., JAMA 2003;289:2560), adults ≥ 18 years, as P2PTM Kemenkes and Posbindu PTM print ' +
    'it: normal < 120 dan < 80; prehipertensi 120–139 atau 80–89; hipertensi derajat 1 140–159 atau 90–99; ' +
    'derajat 2 ≥ 160 atau ≥ 100 mmHg; the higher class of systolic and diastolic wins',
  rows: [
    { code: 'normal', sysFrom: 0, diaFrom: 0 },
    { code: 'prehypertension', sysFrom: 120, diaFrom: 80 },
    { code: 'stage1', sysFrom: 140, diaFrom: 90 },
    { code: 'stage2', sysFrom: 160, diaFrom: 100 },
  ],
  hypertensive: ['stage1', 'stage2'],
};

export const BP_PNPK_2021: BpTable<PnpkClass> = {
  id: 'tekanan-darah-pnpk-hipertensi-2021',
  version: 1,
  source:
    'PNPK Tata Laksana Hipertensi Dewasa (KMK HK.01.07/MENKES/4634/2021), after the PERHI 2019 consensus: ' +
    'optimal < 120 dan < 80; normal 120–129 dan/atau 80–84; normal-tinggi 130–139 dan/atau 85–89; hipertensi ' +
    'derajat 1 140–159 dan/atau 90–99; derajat 2 160–179 dan/atau 100–109; derajat 3 ≥ 180 dan/atau ≥ 110 mmHg ' +
    '(isolated systolic hypertension ≥ 140 dan < 90 is graded by its systolic here). An alternative to JNC 7.',
  rows: [
    { code: 'optimal', sysFrom: 0, diaFrom: 0 },
    { code: 'normal', sysFrom: 120, diaFrom: 80 },
    { code: 'highNormal', sysFrom: 130, diaFrom: 85 },
    { code: 'grade1', sysFrom: 140, diaFrom: 90 },
    { code: 'grade2', sysFrom: 160, diaFrom: 100 },
    { code: 'grade3', sysFrom: 180, diaFrom: 110 },
  ],
  hypertensive: ['grade1', 'grade2', 'grade3'],
};

export const BP_AAP_2017_TEEN: BpTable<TeenBpClass> = {
  id: 'tekanan-darah-aap-2017-remaja',
  version: 1,
  source:
    'AAP Clinical Practice Guideline (Flynn et al., Pediatrics 2017;140:e20171904), Table 3, children ≥ 13 years: ' +
    'normal < 120/< 80; elevated 120–129/< 80; stage 1 130/80–139/89; stage 2 ≥ 140/90 mmHg. Younger children ' +
    'need percentile tables by height (not here: no class under 13 years).',
  rows: [
    { code: 'normal', sysFrom: 0, diaFrom: 0 },
    // "Elevated" has no diastolic entry (diastolic < 80): a diastolic can never lift a reading into it.
    { code: 'elevated', sysFrom: 120, diaFrom: Number.POSITIVE_INFINITY },
    { code: 'stage1', sysFrom: 130, diaFrom: 80 },
    { code: 'stage2', sysFrom: 140, diaFrom: 90 },
  ],
  hypertensive: ['stage1', 'stage2'],
};

/**
 * The reading a class is taken from: one reading as it is; two (or more) averaged, systolic and
 * diastolic separately, unrounded (139.5 stays below 140). null with no valid reading.
 */
export function combineReadings(readings: readonly BpReading[]): BpReading | null {
  const ok = readings.filter((r) => r.systolic > 0 && r.diastolic > 0 && Number.isFinite(r.systolic + r.diastolic));
  if (ok.length === 0) return null;
  return {
    systolic: ok.reduce((s, r) => s + r.systolic, 0) / ok.length,
    diastolic: ok.reduce((s, r) => s + r.diastolic, 0) / ok.length,
  };
}

/** The class of one (combined) reading: the highest row reached by systolic or diastolic. */
export function bpClass<C extends string>(r: BpReading, table: BpTable<C>): C {
  let out = table.rows[0].code;
  for (const row of table.rows) if (r.systolic >= row.sysFrom || r.diastolic >= row.diaFrom) out = row.code;
  return out;
}

/** Class of the visit's readings (averaged); null without a valid reading. */
export function bpClassOfReadings<C extends string>(readings: readonly BpReading[], table: BpTable<C>): C | null {
  const r = combineReadings(readings);
  return r === null ? null : bpClass(r, table);
}

export function isHypertensive<C extends string>(readings: readonly BpReading[], table: BpTable<C>): boolean {
  const c = bpClassOfReadings(readings, table);
  return c !== null && table.hypertensive.includes(c);
}
