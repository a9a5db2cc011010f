import type { SyncRecord } from '../../../src/domain/records';
import { groupAddr, posyanduAddr, rtAddr } from '../../../src/domain/records';
import { addMonths, dasawismaGroupRecap, monthRange, toSnapshot, type DasawismaFamily } from '../../../src/domain';
import type { FamilyData, MemberData } from '../../../src/domain/records/dasawisma';

// Generated county data for the county tests and the benchmark: Posyandu with children weighed
// monthly (some months missed, some not gaining), sessions, registers; RTs with books and
// mutations (including a correction and a cancellation); dasawisma groups with recaps.
// Deterministic for a seed, so a failing case can be replayed.

export function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

let counter = 0;
const AT = '2020-01-01T00:00:00.000Z';
function rec(kind: string, addr: string, data: unknown, over: Partial<SyncRecord> = {}): SyncRecord {
  return { id: `g${(counter++).toString(36)}`, kind, addr, parent: null, data, deleted: false, version: 0, updatedAt: AT, updatedBy: 'gen', ...over };
}
const pad = (n: number) => String(n).padStart(2, '0');

export interface PosyanduOpts {
  desa: string;
  id: string;
  children: number;
  /** last month with weighings; months = how many months of weighings end there */
  endMonth: string;
  months: number;
  seed: number;
  /** a Posyandu that worked well in the year before endMonth's year and poorly in it (drops a level) */
  declining?: boolean;
}

/** Records of one Posyandu (unit first, children before their visits). */
export function genPosyandu(o: PosyanduOpts): SyncRecord[] {
  const r = rng(o.seed);
  const addr = posyanduAddr(o.desa, o.id);
  const kaders = Array.from({ length: 6 }, (_, i) => ({ id: `k${i}`, name: `Kader ${i + 1}`, role: i === 0 ? 'ketua' : 'anggota', active: true }));
  const out: SyncRecord[] = [
    rec('posyandu.unit', addr, {
      name: `Posyandu ${o.id}`, desaCode: o.desa, desaName: `Desa ${o.desa.slice(-4)}`, kaders,
      programmes: r() < 0.6 ? ['BKB', 'TOGA'] : [], households: 120, danaSehatHouseholds: Math.floor(r() * 100),
    }, { id: `u-${o.id}` }),
  ];
  const months = monthRange(addMonths(o.endMonth, -(o.months - 1)), o.endMonth);
  const endYear = o.endMonth.slice(0, 4);
  for (const m of months) {
    const poor = o.declining && m.startsWith(endYear);
    if (r() < (poor ? 0.5 : 0.05)) continue;
    const present = kaders.slice(0, poor ? 3 : 5 + Math.floor(r() * 2)).map((k) => k.id);
    out.push(rec('posyandu.session', addr, { date: `${m}-12`, kadersPresent: present, withWeighing: true }, { id: `s-${o.id}-${m}` }));
  }
  for (let c = 0; c < o.children; c++) {
    const ageAtEnd = Math.floor(r() * 60);
    const birth = addMonths(o.endMonth, -ageAtEnd);
    const childId = `c-${o.id}-${c}`;
    const left = r() < 0.03 ? `${addMonths(o.endMonth, -2)}-20` : undefined;
    out.push(rec('posyandu.child', addr, {
      name: `Anak ${c}`, sex: r() < 0.5 ? 'L' : 'P', birthDate: `${birth}-${pad(1 + Math.floor(r() * 27))}`, hasKms: r() < 0.85,
      immunisationComplete: r() < 0.7, ...(left ? { leftDate: left, leftReason: 'pindah' } : {}),
    }, { id: childId }));
    let w = 3 + r() * 0.8 + (r() < 0.05 ? -0.8 : 0);
    const birthDay = `${birth}-28`;
    for (const m of months) {
      if (`${m}-15` < birthDay) continue;
      const ageM = months.indexOf(m) - months.indexOf(birth) ;
      w += ageM < 6 && ageM >= 0 ? 0.6 + r() * 0.4 : r() < 0.2 ? -0.1 : 0.1 + r() * 0.3;
      if (r() < (o.declining && m.startsWith(endYear) ? 0.5 : 0.15)) continue;
      out.push(rec('posyandu.visit', addr, { childId, date: `${m}-${pad(10 + Math.floor(r() * 5))}`, weightKg: Math.round(w * 10) / 10 }, { parent: childId }));
    }
  }
  for (let i = 0; i < 8; i++) {
    out.push(rec('posyandu.pregnant', addr, { name: `Ibu ${i}`, registeredOn: `${months[Math.floor(r() * months.length)]}-05`, ancComplete: r() < 0.6 }));
    out.push(rec('posyandu.wuspus', addr, { name: `PUS ${i}`, pus: true, kbActive: r() < 0.6, registeredOn: `${months[0]}-02` }));
  }
  for (const m of months) if (r() < 0.8) out.push(rec('posyandu.report', addr, { month: m, sentAt: `${addMonths(m, 1)}-02` }));
  return out;
}

export interface RtOpts {
  desa: string;
  rt: string;
  households: number;
  /** months of mutations ending with endMonth */
  endMonth: string;
  months: number;
  seed: number;
}

export function genRt(o: RtOpts): SyncRecord[] {
  const r = rng(o.seed);
  const addr = rtAddr(o.desa, o.rt);
  const months = monthRange(addMonths(o.endMonth, -(o.months - 1)), o.endMonth);
  const out: SyncRecord[] = [rec('rt.unit', addr, { desaCode: o.desa, desaName: `Desa ${o.desa.slice(-4)}`, rtNo: o.rt, bookStart: `${months[0]}-01` })];
  const people: { id: string; hh: string; sex: 'L' | 'P' }[] = [];
  const hhs: string[] = [];
  for (let h = 0; h < o.households; h++) {
    const hh = rec('rt.household', addr, { address: `Jalan ${h}` });
    out.push(hh);
    hhs.push(hh.id);
    const n = 1 + Math.floor(r() * 5);
    for (let i = 0; i < n; i++) {
      const sex = r() < 0.5 ? 'L' : 'P';
      const p = rec('rt.person', addr, { name: `Warga ${h}-${i}`, sex, birthDate: '1980-01-01', citizenship: r() < 0.02 ? 'WNA' : 'WNI' }, { parent: hh.id });
      out.push(p);
      people.push({ id: p.id, hh: hh.id, sex });
    }
  }
  const mutation = (type: string, personId: string, householdId: string, sex: string, date: string, over: Record<string, unknown> = {}) =>
    rec('rt.mutation', addr, { type, date, personId, householdId, name: 'x', sex, citizenship: 'WNI', birthDate: '1980-01-01', ...over });
  let last: SyncRecord | undefined;
  for (const m of months) {
    const births = Math.floor(r() * 3);
    for (let b = 0; b < births; b++) {
      const hh = hhs[Math.floor(r() * hhs.length)];
      const sex = r() < 0.5 ? 'L' : 'P';
      const p = rec('rt.person', addr, { name: 'Bayi', sex, birthDate: `${m}-03`, citizenship: 'WNI' }, { parent: hh });
      out.push(p, mutation('lahir', p.id, hh, sex, `${m}-03`, { birthDate: `${m}-03` }));
    }
    if (r() < 0.6 && people.length) {
      const p = people.splice(Math.floor(r() * people.length), 1)[0];
      last = mutation(r() < 0.5 ? 'mati' : 'pindah', p.id, p.hh, p.sex, `${m}-${pad(5 + Math.floor(r() * 20))}`);
      out.push(last);
    }
    if (r() < 0.3) {
      const hh = hhs[Math.floor(r() * hhs.length)];
      const p = rec('rt.person', addr, { name: 'Pendatang', sex: 'L', birthDate: '1990-01-01', citizenship: 'WNI' }, { parent: hh });
      out.push(p, mutation('datang', p.id, hh, 'L', `${m}-18`));
    }
  }
  // A correction moving the last death/departure a month earlier, and a cancelled birth.
  if (last) {
    const d = last.data as { date: string };
    out.push(rec('rt.mutation', addr, { ...(last.data as object), date: `${addMonths(d.date.slice(0, 7), -1)}-01`, corrects: last.id, reason: 'salah tanggal' }, { updatedAt: '2020-01-02T00:00:00.000Z' }));
  }
  const birth = out.find((x) => x.kind === 'rt.mutation' && (x.data as { type: string }).type === 'lahir');
  if (birth) out.push(rec('rt.mutation', addr, { ...(birth.data as object), corrects: birth.id, cancel: true, reason: 'salah catat' }, { updatedAt: '2020-01-03T00:00:00.000Z' }));
  return out;
}

/**
 * Dasawisma groups of one RT: each with 2–6 households of the month's year (members of every age,
 * household facts answered, answered "no" or not asked yet), most with a coordinator. About 60 %
 * submitted the month's recap: its snapshot is the domain's table of the households before the
 * last one was entered (so "submitted" and "computed now" differ and a report must pick right).
 */
export function genGroups(desa: string, rt: string, n: number, month: string, seed: number): SyncRecord[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const maybe = <T,>(x: T, p = 0.8) => (r() < p ? x : undefined);
  const year = +month.slice(0, 4);
  const out: SyncRecord[] = [];
  for (let i = 0; i < n; i++) {
    const id = `dw${seed}x${i}`;
    const addr = groupAddr(desa, rt, id);
    out.push(rec('dasawisma.group', addr, { name: `Dasawisma ${i}`, ...(r() < 0.8 ? { coordinatorName: `Ibu ${i}` } : {}) }, { id: `grp-${id}` }));
    const families: DasawismaFamily[] = [];
    const houses = 2 + Math.floor(r() * 5);
    for (let h = 0; h < houses; h++) {
      const data = JSON.parse(JSON.stringify({
        year, headName: `Kepala ${i}.${h}`, kkCount: 1 + Math.floor(r() * 2),
        stapleFood: maybe(pick(['beras', 'non-beras'] as const)), latrine: maybe(pick(['tidak-ada', 'ada', 'ada-septic'] as const)),
        water: maybe([pick(['pdam', 'sumur', 'lainnya'] as const)]), healthyHouse: maybe(r() < 0.6, 0.7), spal: maybe(r() < 0.5),
        rubbishDump: maybe(r() < 0.7), up2k: maybe(r() < 0.3), envHealth: maybe(r() < 0.4), stikerP4k: maybe(r() < 0.2),
        yardUse: maybe(r() < 0.5 ? ['toga'] : []), homeIndustry: maybe(r() < 0.3 ? ['pangan'] : []),
      })) as FamilyData;
      const fam = rec('dasawisma.family', addr, data);
      out.push(fam);
      const members: MemberData[] = [];
      const size = 1 + Math.floor(r() * 5);
      for (let m = 0; m < size; m++) {
        const age = Math.floor(r() * 80 * 12);
        const born = addMonths(month, -age);
        const sex = r() < 0.5 ? 'L' : 'P';
        const md = JSON.parse(JSON.stringify({
          name: `Anggota ${m}`, sex, birthDate: `${born}-${pad(1 + Math.floor(r() * 28))}`,
          maritalStatus: age > 18 * 12 ? pick(['kawin', 'belum_kawin', 'cerai_mati'] as const) : 'belum_kawin',
          pregnant: sex === 'P' && age > 18 * 12 && age < 45 * 12 && r() < 0.2 ? true : undefined,
        })) as MemberData;
        members.push(md);
        out.push(rec('dasawisma.member', addr, md, { parent: fam.id }));
      }
      families.push({ id: fam.id, data, members });
    }
    if (r() < 0.6) {
      const snapshot = toSnapshot(dasawismaGroupRecap(families.slice(0, -1), month));
      out.push(rec('dasawisma.recap', addr, { month, submittedOn: `${month}-25`, snapshot }));
    }
    if (r() < 0.5) out.push(rec('dasawisma.recap', addr, { month: addMonths(month, -1), submittedOn: `${addMonths(month, -1)}-25`, snapshot: { rows: [], totals: {} } }));
  }
  return out;
}
