import { ageInDays, monthIndex, monthOf } from '../../../domain';
import { adjustedLength, sdLine, whoTables, type LmsTable } from '../../../domain';
import type { Child, Visit } from '../../../data/posyandu';

export type ChartKind = 'wfa' | 'lhfa' | 'wfl' | 'hcfa' | 'acfa';
export const SD_LEVELS = [-3, -2, 0, 2, 3] as const;
const DAYS_PER_MONTH = 30.4375;

export interface Pt { x: number; y: number }
export interface ChartSeries {
  kind: ChartKind;
  /** WHO SD lines −3, −2, 0, +2, +3 for the child's sex */
  lines: { sd: number; pts: Pt[] }[];
  /** the child's measurements, one per month (the later of a month), oldest first */
  points: (Pt & { month: number; flagged: boolean })[];
  xMin: number; xMax: number; yMin: number; yMax: number;
  /** x axis in months of age, or in cm for weight-for-length/height */
  xUnit: 'month' | 'cm';
}

/** SD lines drawn from the LMS rows of the domain's WHO tables (SDk = M(1 + L·S·k)^(1/L)). */
function sdLines(t: LmsTable, toX: (i: number) => number, every: number): ChartSeries['lines'] {
  return SD_LEVELS.map((sd) => {
    const pts: Pt[] = [];
    for (let i = 0; i < t.count; i += every) pts.push({ x: toX(i), y: sdLine(sd, t.L[i], t.M[i], t.S[i]) });
    return { sd, pts };
  });
}

function lastOfMonth(visits: readonly Visit[], has: (v: Visit) => boolean): Visit[] {
  const byMonth = new Map<number, Visit>();
  for (const v of visits) if (has(v)) byMonth.set(monthIndex(monthOf(v.data.date)), v);
  return [...byMonth.values()];
}

export function chartSeries(kind: ChartKind, child: Child, visits: readonly Visit[]): ChartSeries {
  const tables = whoTables();
  const sex = child.data.sex;
  const age = (v: Visit) => ageInDays(child.data.birthDate, v.data.date);
  const month = (v: Visit) => monthIndex(monthOf(v.data.date));
  const flagged = (v: Visit) => !!v.data.implausibleConfirmed;
  const clen = (v: Visit) => adjustedLength(v.data.lengthCm!, age(v), v.data.position);

  if (kind === 'wfl') {
    const measured = lastOfMonth(visits, (v) => v.data.weightKg !== undefined && v.data.lengthCm !== undefined);
    const latest = measured[measured.length - 1];
    // Same switch as the z-scores: the length table below 731 days, the height table after.
    const table = latest && age(latest) >= 731 ? tables.wfh[sex] : tables.wfl[sex];
    const lines = sdLines(table, (i) => table.first + i * table.step, 10);
    const points = measured.map((v) => ({ x: clen(v), y: v.data.weightKg!, month: month(v), flagged: flagged(v) }));
    return withRange({ kind, lines, points, xUnit: 'cm' });
  }
  const t = tables[kind][sex];
  // Head and LiLA charts (issue 15): by age like weight, the value as measured (LiLA's table starts at 91 days).
  const value = (v: Visit): number | undefined =>
    kind === 'wfa' ? v.data.weightKg : kind === 'hcfa' ? v.data.headCm : kind === 'acfa' ? v.data.muacCm : v.data.lengthCm === undefined ? undefined : clen(v);
  const lines = sdLines(t, (i) => (t.first + i) / DAYS_PER_MONTH, 7);
  const measured = lastOfMonth(visits, (v) => value(v) !== undefined && (kind !== 'acfa' || age(v) >= t.first));
  const points = measured.map((v) => ({
    x: age(v) / DAYS_PER_MONTH,
    y: value(v)!,
    month: month(v),
    flagged: flagged(v),
  }));
  return withRange({ kind, lines, points, xUnit: 'month' });
}

function withRange(s: Omit<ChartSeries, 'xMin' | 'xMax' | 'yMin' | 'yMax'>): ChartSeries {
  const all = [...s.lines.flatMap((l) => l.pts), ...s.points];
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  return { ...s, xMin: Math.min(...xs), xMax: Math.max(...xs), yMin: Math.floor(Math.min(...ys)), yMax: Math.ceil(Math.max(...ys)) };
}
