import { groupAddr, rtAddr } from '../../domain/records';
import type { DemoDesa } from './places';

// The dasawisma part of the demo kabupaten: each group (one per RT) with its PKK RT record (RW
// 001, as the RT records say) and three households of this year's catatan keluarga, so the
// recaps, the coordinators' roll-ups and the county PKK view have figures on first start.
//
// A group is named one way only (src/data/dasawisma/groups.ts): its record id is the `dw:` segment
// of its address. The first household of each group is the RT books' demo household, linked
// (rtHouseholdId, personId), with the child who is also weighed at the Posyandu.

/** A birth date `years` and `months` before `today` (day 15, never after today). */
function bornAgo(today: Date, years: number, months = 0): string {
  const d = new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth() - months, 1));
  const day = Math.min(15, today.getUTCDate());
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), day)).toISOString().slice(0, 10);
}

/** The shape of records.ts's DemoRecord (not imported: records.ts imports this file). */
interface DemoRecord {
  id: string;
  kind: string;
  addr: string;
  parent: string | null;
  data: Record<string, unknown>;
}

export interface DemoRtPerson {
  id: string;
  data: { name: string; sex: 'L' | 'P'; birthDate: string };
}

/**
 * The demo records of one group. `rtHousehold` is the RT books' demo household of the group's RT
 * and its people (records.ts makes them), whose identity the linked members copy.
 */
export function demoGroupRecords(today: Date, d: DemoDesa, g: DemoDesa['groups'][number], rtHousehold: { id: string; people: DemoRtPerson[] }): DemoRecord[] {
  const addr = groupAddr(d.code, g.rt, g.id);
  const year = today.getUTCFullYear();
  const out: DemoRecord[] = [
    { id: g.id, kind: 'dasawisma.group', addr, parent: null, data: { name: g.name, coordinatorName: g.coordinator, desaName: d.name } },
  ];
  const pkkRtId = `pkkrt-${d.code.replace(/\./g, '')}-${g.rt}`;
  out.push({ id: pkkRtId, kind: 'dasawisma.pkkRt', addr: rtAddr(d.code, g.rt), parent: null, data: { rw: '001', desaName: d.name } });

  const fam = (n: number, data: Record<string, unknown>) => {
    const id = `demo-dwk-${g.id}-${n}`;
    out.push({ id, kind: 'dasawisma.family', addr, parent: null, data: { year, ...data } });
    return id;
  };
  const member = (familyId: string, n: number, data: Record<string, unknown>) =>
    out.push({ id: `${familyId}-${n}`, kind: 'dasawisma.member', addr, parent: familyId, data });

  // 1: the RT books' household, members linked to the RT people.
  const [head, wife, child] = rtHousehold.people;
  const f1 = fam(1, {
    headName: head.data.name, houseNo: '7', rtHouseholdId: rtHousehold.id, kkCount: 1,
    stapleFood: 'beras', latrine: 'ada-septic', water: ['pdam'], rubbishDump: true, spal: true, stikerP4k: false,
    healthyHouse: true, up2k: false, envHealth: true, yardUse: ['toga'], homeIndustry: [],
  });
  member(f1, 1, { ...head.data, personId: head.id, familyStatus: 'kepala', maritalStatus: 'kawin', occupation: 'petani' });
  member(f1, 2, { ...wife.data, personId: wife.id, familyStatus: 'istri', maritalStatus: 'kawin', occupation: 'mengurus-rumah-tangga', activePosyandu: true, breastfeeding: true });
  if (child) member(f1, 3, { ...child.data, personId: child.id, familyStatus: 'anak' });

  // 2: a couple with a toddler and a grandmother; the house is not a healthy one.
  const f2 = fam(2, {
    headName: 'Sutrisno', houseNo: '9', kkCount: 2,
    stapleFood: 'beras', latrine: 'ada', water: ['sumur'], rubbishDump: true, spal: false, stikerP4k: true,
    healthyHouse: false, up2k: true, envHealth: false, yardUse: [], homeIndustry: ['pangan'],
  });
  member(f2, 1, { name: 'Sutrisno', sex: 'L', birthDate: bornAgo(today, 35, 2), familyStatus: 'kepala', maritalStatus: 'kawin', occupation: 'buruh' });
  member(f2, 2, { name: 'Wulandari', sex: 'P', birthDate: bornAgo(today, 29, 5), familyStatus: 'istri', maritalStatus: 'kawin', kbAcceptor: true, kbMethod: 'suntik', pregnant: true });
  member(f2, 3, { name: 'Rafa', sex: 'L', birthDate: bornAgo(today, 2, 4), familyStatus: 'anak' });
  member(f2, 4, { name: 'Mbok Sarinah', sex: 'P', birthDate: bornAgo(today, 67, 1), familyStatus: 'orang_tua', maritalStatus: 'cerai_mati', illiterate: true });

  // 3: a widower living alone; whether the house is healthy was not asked yet (shown as missing).
  const f3 = fam(3, {
    headName: 'Pak Darmo', houseNo: '12', kkCount: 1,
    stapleFood: 'non-beras', latrine: 'tidak-ada', water: ['lainnya'], rubbishDump: false, spal: false, stikerP4k: false,
    up2k: false, envHealth: false, yardUse: ['tanaman-keras'], homeIndustry: [],
  });
  member(f3, 1, { name: 'Pak Darmo', sex: 'L', birthDate: bornAgo(today, 71, 7), familyStatus: 'kepala', maritalStatus: 'cerai_mati', occupation: 'petani' });
  return out;
}
