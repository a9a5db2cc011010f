import type { IsoDate, Month } from '../types';
import { completedMonths, lastDayOf } from '../dates';
import type { FamilyData, MemberData } from '../records/dasawisma';
import { addCounts, emptyCounts, type RecapCounts } from './columns';
import { addFactCounts, emptyFactCounts, familyMissing, type FactCounts } from './facts';

// Rekap kelompok dasawisma (4.16a): one row per household, totals at the bottom, and the roll-ups
// to PKK RT (4.16b) ← groups, RW/dusun (4.16c) ← RT, desa (4.16d) ← RW.

export interface DasawismaFamily {
  id: string;
  data: FamilyData;
  members: MemberData[];
}

export interface RecapRow {
  /** family id at group level; group / RT / RW id in the roll-ups */
  id: string;
  label: string;
  counts: RecapCounts;
  /** Households of this row not yet asked each fact (facts.ts); undefined in a submission made before it was kept. */
  missing?: FactCounts;
}

export interface RecapTable {
  rows: RecapRow[];
  totals: RecapCounts;
  /** Sum of the rows' missing facts; undefined when a row below does not know (an older submission). */
  missing?: FactCounts;
}

/** Age in completed years on `on`, from the birth date or, failing that, the age the form allows instead. */
function ageYears(m: MemberData, on: IsoDate): number | undefined {
  if (m.birthDate) return Math.floor(completedMonths(m.birthDate, on) / 12);
  return m.ageYears;
}

function ageMonths(m: MemberData, on: IsoDate): number | undefined {
  if (m.birthDate) return completedMonths(m.birthDate, on);
  return m.ageYears === undefined ? undefined : m.ageYears * 12;
}

const flag = (b: boolean | undefined) => (b ? 1 : 0);

/** One household's row of 4.16a; ages are taken on the month's last day. */
export function familyRecapCounts(f: DasawismaFamily, month: Month): RecapCounts {
  const on = lastDayOf(month);
  const c = emptyCounts();
  const d = f.data;
  c.households = 1;
  c.kk = d.kkCount ?? 1;
  for (const m of f.members) {
    // Someone born after the month is not yet a member of its recap.
    if (m.birthDate && m.birthDate > on) continue;
    const years = ageYears(m, on);
    const months = ageMonths(m, on);
    const woman = m.sex === 'P';
    if (woman) c.membersP++;
    else c.membersL++;
    if (months !== undefined && months < 60) {
      if (woman) c.balitaP++;
      else c.balitaL++;
    }
    const fertileAge = years !== undefined && years >= 15 && years <= 49;
    if (woman && fertileAge) c.wus++;
    // A couple of reproductive age counted once, through the married woman of 15–49.
    if (woman && fertileAge && m.maritalStatus === 'kawin') c.pus++;
    if (years !== undefined && years >= 60) c.elderly++;
    c.pregnant += flag(m.pregnant);
    c.breastfeeding += flag(m.breastfeeding);
    c.illiterate += flag(m.illiterate);
    c.specialNeeds += flag(m.specialNeeds !== undefined);
  }
  c.houseHealthy = flag(d.healthyHouse === true);
  c.houseUnhealthy = flag(d.healthyHouse === false);
  c.rubbishDump = flag(d.rubbishDump);
  c.spal = flag(d.spal);
  c.latrineSeptic = flag(d.latrine === 'ada-septic');
  c.waterPdam = flag(d.water?.includes('pdam'));
  c.waterWell = flag(d.water?.includes('sumur'));
  c.waterOther = flag(d.water?.includes('lainnya'));
  c.stapleRice = flag(d.stapleFood === 'beras');
  c.stapleNonRice = flag(d.stapleFood === 'non-beras');
  c.up2k = flag(d.up2k);
  c.yardUse = flag((d.yardUse?.length ?? 0) > 0);
  c.homeIndustry = flag((d.homeIndustry?.length ?? 0) > 0);
  c.envHealth = flag(d.envHealth);
  return c;
}

function withTotals(rows: RecapRow[]): RecapTable {
  const totals = rows.reduce((t, r) => addCounts(t, r.counts), emptyCounts());
  const known = rows.every((r) => r.missing);
  const missing = known ? rows.reduce((m, r) => addFactCounts(m, r.missing!), emptyFactCounts()) : undefined;
  return missing ? { rows, totals, missing } : { rows, totals };
}

/** Form 4.16a for one dasawisma group and month. Its totals count the group once (dasawisma = 1). */
export function dasawismaGroupRecap(families: DasawismaFamily[], month: Month): RecapTable {
  const table = withTotals(families.map((f) => ({ id: f.id, label: f.data.headName, counts: familyRecapCounts(f, month), missing: familyMissing(f.data) })));
  table.totals.dasawisma = families.length > 0 ? 1 : 0;
  return table;
}

/**
 * One level up (4.16b ← groups, 4.16c ← RT, 4.16d ← RW): each unit below becomes a row with its
 * totals, and the level's totals are their sum.
 */
export function rollUpRecap(units: { id: string; label: string; table: RecapTable }[]): RecapTable {
  return withTotals(units.map((u) => (u.table.missing ? { id: u.id, label: u.label, counts: u.table.totals, missing: u.table.missing } : { id: u.id, label: u.label, counts: u.table.totals })));
}
