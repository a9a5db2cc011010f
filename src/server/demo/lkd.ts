import { desaAddr, lkdAddr, posyanduAddr, rtAddr } from '../../domain/records';
import { DESA } from './places';

// Demo village institutions in Desa Prangat Selatan, so the Desa tab and the county's LKD report
// have something to show: a few more people in its RT books (young ones for Karang Taruna, an
// older one on the LPM board), the boards of RT 001, Posyandu Mawar, LPM and Karang Taruna.
// Ages are computed from `today`, so the warnings stay the same whatever year the demo starts:
// the LPM's Haji Abdul Rahman is always 62 (over 60, Pasal 90 ayat (1) huruf g), RT 001's term
// always ends within 6 months.

const [PS] = DESA;

/** The shape of records.ts's DemoRecord (not imported: records.ts imports this file). */
interface DemoRecord {
  id: string;
  kind: string;
  addr: string;
  parent: string | null;
  data: Record<string, unknown>;
}

/** The date `years` (and `days`) before `today`, as 'YYYY-MM-DD'. */
function yearsAgo(today: Date, years: number, days = 0): string {
  const d = new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate() - days));
  return d.toISOString().slice(0, 10);
}

interface DemoPerson {
  id: string;
  rt: '001' | '002';
  name: string;
  sex: 'L' | 'P';
  age: number;
  education?: string;
}

// Households "demo-kk-mawar-001" and "-002" hold the two people records.ts already has per RT.
const PEOPLE: DemoPerson[] = [
  { id: 'demo-lkd-p1', rt: '001', name: 'Haji Abdul Rahman', sex: 'L', age: 62, education: 'slta' },
  { id: 'demo-lkd-p2', rt: '001', name: 'Nurhayati', sex: 'P', age: 44, education: 'slta' },
  { id: 'demo-lkd-p3', rt: '001', name: 'Rizal Fahmi', sex: 'L', age: 26, education: 'slta' },
  { id: 'demo-lkd-p4', rt: '001', name: 'Putri Ayu Lestari', sex: 'P', age: 16, education: 'sltp' },
  { id: 'demo-lkd-p5', rt: '001', name: 'Dimas Pratama', sex: 'L', age: 13 },
  { id: 'demo-lkd-p6', rt: '002', name: 'Bambang Sutrisno', sex: 'L', age: 50, education: 's1_d4' },
  { id: 'demo-lkd-p7', rt: '002', name: 'Wulan Sari', sex: 'P', age: 27, education: 'd3' },
  { id: 'demo-lkd-p8', rt: '002', name: 'Andi Saputra', sex: 'L', age: 25, education: 'slta' },
  { id: 'demo-lkd-p9', rt: '002', name: 'Fitri Handayani', sex: 'P', age: 19, education: 'slta' },
];

export function demoLkdRecords(today: Date): DemoRecord[] {
  const out: DemoRecord[] = [];
  const born = new Map<string, string>();
  PEOPLE.forEach((p, i) => {
    // Each a few days after the birthday, so the age holds for the next days of a demo.
    const birthDate = yearsAgo(today, p.age, 10 + i);
    born.set(p.id, birthDate);
    out.push({
      id: p.id, kind: 'rt.person', addr: rtAddr(PS.code, p.rt), parent: `demo-kk-${PS.posyandu.id}-${p.rt}`,
      data: { name: p.name, sex: p.sex, birthDate, citizenship: 'WNI', ...(p.education ? { education: p.education } : {}), canRead: true },
    });
  });
  const linked = (id: string) => {
    const p = PEOPLE.find((x) => x.id === id);
    return p ? { personId: id, name: p.name, sex: p.sex, birthDate: born.get(id)! } : { personId: id, name: '', sex: 'L' as const };
  };
  const desa = desaAddr(PS.code);
  const institution = (id: string, addr: string, type: string, name: string) => out.push({ id, kind: 'lkd.institution', addr, parent: null, data: { type, name, desaName: PS.name } });
  const board = (id: string, addr: string, termStart: string, skNumber: string) => out.push({ id, kind: 'lkd.board', addr, parent: null, data: { termStart, skNumber, skDate: termStart } });
  const seat = (id: string, addr: string, boardId: string, position: string, person: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    out.push({ id, kind: 'lkd.seat', addr, parent: boardId, data: { position, person, ...extra } });

  // RT 001: elected four years and 200 days ago, so its 5-year term ends within 6 months.
  const rt1 = lkdAddr(rtAddr(PS.code, '001'), 'rt');
  institution('demo-lkd-rt001', rt1, 'rt', 'RT 001');
  const rtStart = yearsAgo(today, 4, 200);
  board('demo-lkd-rt001-b1', rt1, rtStart, `141/${rtStart.slice(0, 4)}/RT-001`);
  seat('demo-lkd-rt001-s1', rt1, 'demo-lkd-rt001-b1', 'ketua', { personId: `demo-kk-${PS.posyandu.id}-001-1`, name: 'Ahmad Sulaiman', sex: 'L', birthDate: '1984-03-12' });
  seat('demo-lkd-rt001-s2', rt1, 'demo-lkd-rt001-b1', 'sekretaris', linked('demo-lkd-p2'));
  seat('demo-lkd-rt001-s3', rt1, 'demo-lkd-rt001-b1', 'bendahara', linked('demo-lkd-p3'));

  // Posyandu Mawar: no bendahara (an open seat); Siti Aminah is its ketua.
  const pm = lkdAddr(posyanduAddr(PS.code, PS.posyandu.id), 'posyandu');
  institution('demo-lkd-mawar', pm, 'posyandu', PS.posyandu.name);
  const pmStart = yearsAgo(today, 2, 30);
  board('demo-lkd-mawar-b1', pm, pmStart, `141/${pmStart.slice(0, 4)}/POS-01`);
  seat('demo-lkd-mawar-s1', pm, 'demo-lkd-mawar-b1', 'ketua', { personId: `demo-kk-${PS.posyandu.id}-001-2`, name: 'Siti Aminah', sex: 'P', birthDate: '1988-07-21' });
  seat('demo-lkd-mawar-s2', pm, 'demo-lkd-mawar-b1', 'sekretaris', linked('demo-lkd-p7'));
  seat('demo-lkd-mawar-s3', pm, 'demo-lkd-mawar-b1', 'kader', linked('demo-lkd-p9'));

  // LPM: its ketua is 62 (LPM's 21–60 holds while serving).
  const lpm = lkdAddr(desa, 'lpm');
  institution('demo-lkd-lpm', lpm, 'lpm', 'LPM Desa Prangat Selatan');
  const lpmStart = yearsAgo(today, 1, 60);
  board('demo-lkd-lpm-b1', lpm, lpmStart, `141/${lpmStart.slice(0, 4)}/LPM`);
  seat('demo-lkd-lpm-s1', lpm, 'demo-lkd-lpm-b1', 'ketua', linked('demo-lkd-p1'));
  seat('demo-lkd-lpm-s2', lpm, 'demo-lkd-lpm-b1', 'sekretaris', linked('demo-lkd-p6'));
  seat('demo-lkd-lpm-s3', lpm, 'demo-lkd-lpm-b1', 'bendahara', { name: 'Sri Rahayu', sex: 'P', birthDate: '1979-05-05', address: 'Dusun II, Prangat Selatan' });
  seat('demo-lkd-lpm-s4', lpm, 'demo-lkd-lpm-b1', 'bidang', linked('demo-lkd-p8'), { section: 'lpm-pemuda-olahraga' });
  seat('demo-lkd-lpm-s5', lpm, 'demo-lkd-lpm-b1', 'bidang', { name: 'Ir. Hendra Wijaya', sex: 'L', birthDate: '1970-10-10' }, { section: 'lpm-sarpras' });
  seat('demo-lkd-lpm-s6', lpm, 'demo-lkd-lpm-b1', 'bidang', { name: 'Ustadz Salman', sex: 'L', birthDate: '1982-01-20' }, { section: 'lpm-pendidikan-agama-sosbud' });

  // Karang Taruna: members come from the RT books; a small board and one activity.
  const kt = lkdAddr(desa, 'karang-taruna');
  institution('demo-lkd-kt', kt, 'karang-taruna', 'Karang Taruna Tunas Harapan');
  const ktStart = yearsAgo(today, 0, 200);
  board('demo-lkd-kt-b1', kt, ktStart, `141/${ktStart.slice(0, 4)}/KT`);
  seat('demo-lkd-kt-s1', kt, 'demo-lkd-kt-b1', 'ketua', linked('demo-lkd-p8'));
  seat('demo-lkd-kt-s2', kt, 'demo-lkd-kt-b1', 'sekretaris', linked('demo-lkd-p9'));
  seat('demo-lkd-kt-s3', kt, 'demo-lkd-kt-b1', 'bendahara', linked('demo-lkd-p3'));
  out.push({ id: 'demo-lkd-kt-a1', kind: 'lkd.activity', addr: kt, parent: null, data: { date: yearsAgo(today, 0, 20), title: 'Kerja bakti membersihkan saluran air', participants: 24 } });
  return out;
}
