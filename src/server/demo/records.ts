import { posyanduAddr, rtAddr } from '../../domain/records';
import { DEMO_KAB, DESA } from './places';
import { DEMO_KADERS, demoKader, demoPosyanduDay, demoSessions } from './posyandu';
import { demoLkdRecords } from './lkd';
import { demoGroupRecords, type DemoRtPerson } from './dasawisma';

// Demo records so every screen and report has something to show on first start. Built as
// plain envelopes; seed.ts keeps only those that pass checkData, so they stay valid as kinds grow.

export interface DemoRecord {
  id: string;
  kind: string;
  addr: string;
  parent: string | null;
  data: Record<string, unknown>;
}

const CHILD_NAMES: [string, 'L' | 'P', string][] = [
  ['Aisyah Putri', 'P', 'Siti Aminah'],
  ['Muhammad Rizky', 'L', 'Nur Halimah'],
  ['Nabila Azzahra', 'P', 'Rina Marlina'],
  ['Fajar Ramadhan', 'L', 'Dewi Lestari'],
  ['Citra Ayu', 'P', 'Yuliana'],
  ['Bima Saputra', 'L', 'Fitriani'],
];

function monthsAgo(today: Date, m: number, day = 10): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - m, day));
  return d.toISOString().slice(0, 10);
}

/** Age in months of Posyandu child `ci` of desa `di` today. */
function childAge(ci: number, di: number): number {
  return 8 + ci * 7 + di * 2;
}

/** Posyandu child index → the RT (its household is demo-kk-<posyandu>-<rt>) where that child lives; the mothers match. */
const LINKED_CHILD: (string | undefined)[] = ['001', undefined, undefined, '002'];

function rtHousehold(d: { posyandu: { id: string } }, rt: string): string {
  return `demo-kk-${d.posyandu.id}-${rt}`;
}

/** A rough but plausible weight curve (kg) by age in months, with a per-child offset. */
function weightAt(ageMonths: number, offset: number): number {
  const w = ageMonths <= 6 ? 3.2 + 0.65 * ageMonths : 7.1 + 0.22 * (ageMonths - 6);
  return Math.round((w + offset) * 10) / 10;
}

export function demoRecords(today = new Date()): DemoRecord[] {
  const out: DemoRecord[] = [];
  out.push({ id: 'demo-config-6411', kind: 'config.county', addr: DEMO_KAB, parent: null, data: { strataProfile: 'nasional' } });
  DESA.forEach((d, di) => {
    const pos = posyanduAddr(d.code, d.posyandu.id);
    out.push({
      id: `demo-pos-${d.posyandu.id}`, kind: 'posyandu.unit', addr: pos, parent: null,
      data: { name: d.posyandu.name, desaCode: d.code, desaName: d.name, kaders: DEMO_KADERS },
    });
    out.push(...demoSessions(`demo-pos-${d.posyandu.id}`, pos, today));
    CHILD_NAMES.forEach(([name, sex, mother], ci) => {
      const ageNow = childAge(ci, di); // 8 … 45 months
      const childId = `demo-child-${d.posyandu.id}-${ci + 1}`;
      // Two children are also in the RT books and a dasawisma family (one person across modules).
      const rtPerson = LINKED_CHILD[ci] ? { personId: `${rtHousehold(d, LINKED_CHILD[ci])}-3` } : {};
      out.push({
        id: childId, kind: 'posyandu.child', addr: pos, parent: null,
        data: { name, sex, birthDate: monthsAgo(today, ageNow, 3), hasKms: ci % 3 !== 2, motherName: mother, ...rtPerson },
      });
      const offset = ((ci * 37 + di * 11) % 9) / 10 - 0.5;
      for (let m = 5; m >= 0; m--) {
        // One child stops gaining in the last months, so the KMS trend has a 'T' to show.
        const age = ageNow - m;
        const w = ci === 3 && m < 2 ? weightAt(ageNow - 2, offset) : weightAt(age, offset);
        out.push({
          id: `demo-visit-${d.posyandu.id}-${ci + 1}-${m}`, kind: 'posyandu.visit', addr: pos, parent: childId,
          data: { childId, date: demoPosyanduDay(today, m), weightKg: w, ...demoKader(ci + m) },
        });
      }
    });
    for (const rt of ['001', '002']) {
      const a = rtAddr(d.code, rt);
      out.push({
        id: `demo-rt-${d.posyandu.id}-${rt}`, kind: 'rt.unit', addr: a, parent: null,
        data: { desaCode: d.code, desaName: d.name, rtNo: rt, rw: '001' },
      });
      const hh = rtHousehold(d, rt);
      out.push({ id: hh, kind: 'rt.household', addr: a, parent: null, data: { address: `Jl. Poros Desa No. ${Number(rt) * 7}, RT ${rt}` } });
      // The household's child is the Posyandu child of LINKED_CHILD (same name, sex and birth date).
      const ci = LINKED_CHILD.indexOf(rt);
      const [child, childSex] = CHILD_NAMES[ci];
      const people: DemoRtPerson[] = [
        { id: `${hh}-1`, data: { name: rt === '001' ? 'Ahmad Sulaiman' : 'Joko Prasetyo', sex: 'L', birthDate: '1984-03-12' } },
        { id: `${hh}-2`, data: { name: rt === '001' ? 'Siti Aminah' : 'Dewi Lestari', sex: 'P', birthDate: '1988-07-21' } },
        { id: `${hh}-3`, data: { name: child, sex: childSex, birthDate: monthsAgo(today, childAge(ci, di), 3) } },
      ];
      for (const p of people) out.push({ id: p.id, kind: 'rt.person', addr: a, parent: hh, data: { ...p.data, citizenship: 'WNI' } });
      const g = d.groups.find((x) => x.rt === rt);
      if (g) out.push(...demoGroupRecords(today, d, g, { id: hh, people }));
    }
  });
  out.push(...demoLkdRecords(today));
  return out;
}
