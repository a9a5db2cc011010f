import { desaAddr, groupAddr, kecamatanAddr, kecamatanOfDesa, posyanduAddr, posyantekAddr, rtAddr } from '../../domain/records';
import type { Role } from '../../sync/protocol';
import { DEMO_KAB, DESA } from './places';

// Fixed demo enrolment codes, reusable so a whole class can try the same role. Printed at start
// and copied into docs/demo-codes.md; a real county revokes them with `npm run admin -- revoke-code`.
export interface DemoCode {
  code: string;
  role: Role;
  prefix: string;
  label: string;
}

const [PS, PB] = DESA;

export const DEMO_CODES: DemoCode[] = [
  { code: 'KADER-MAWAR', role: 'kader', prefix: posyanduAddr(PS.code, PS.posyandu.id), label: `${PS.posyandu.name}, Desa ${PS.name}` },
  { code: 'KADER-MELATI', role: 'kader', prefix: posyanduAddr(PB.code, PB.posyandu.id), label: `${PB.posyandu.name}, Desa ${PB.name}` },
  { code: 'RT-001-PS', role: 'ketua-rt', prefix: rtAddr(PS.code, '001'), label: `RT 001, Desa ${PS.name}` },
  { code: 'RT-002-PS', role: 'ketua-rt', prefix: rtAddr(PS.code, '002'), label: `RT 002, Desa ${PS.name}` },
  { code: 'RT-001-PB', role: 'ketua-rt', prefix: rtAddr(PB.code, '001'), label: `RT 001, Desa ${PB.name}` },
  { code: 'RT-002-PB', role: 'ketua-rt', prefix: rtAddr(PB.code, '002'), label: `RT 002, Desa ${PB.name}` },
  ...DESA.flatMap((d) =>
    d.groups.map((g) => ({
      code: `DW-${g.id.toUpperCase()}`,
      role: 'dasawisma' as Role,
      prefix: groupAddr(d.code, g.rt, g.id),
      label: `${g.name}, RT ${g.rt}, Desa ${d.name}`,
    })),
  ),
  { code: 'PKK-RT-001-PS', role: 'pkk', prefix: rtAddr(PS.code, '001'), label: `PKK RT 001, Desa ${PS.name}` },
  { code: 'PKK-DESA-PS', role: 'pkk', prefix: desaAddr(PS.code), label: `PKK Desa ${PS.name}` },
  { code: 'PKK-DESA-PB', role: 'pkk', prefix: desaAddr(PB.code), label: `PKK Desa ${PB.name}` },
  { code: 'DESA-PS', role: 'desa', prefix: desaAddr(PS.code), label: `Sekretariat LKD, Desa ${PS.name}` },
  { code: 'DESA-PB', role: 'desa', prefix: desaAddr(PB.code), label: `Sekretariat LKD, Desa ${PB.name}` },
  { code: 'POSYANTEK-PS', role: 'posyantek', prefix: posyantekAddr(desaAddr(PS.code), 'desa'), label: `Posyantekdes ${PS.name}` },
  { code: 'POSYANTEK-KEC', role: 'posyantek', prefix: posyantekAddr(kecamatanAddr(kecamatanOfDesa(PS.code)), 'antar-desa'), label: `Posyantek Antar Desa, Kecamatan ${kecamatanOfDesa(PS.code)}` },
  { code: 'KAB-6411', role: 'county', prefix: DEMO_KAB, label: 'Dinas Kesehatan / DPMD Kabupaten (demo 64.11)' },
];

export function demoCodeTable(): string {
  const rows = DEMO_CODES.map((c) => `| \`${c.code}\` | ${c.role} | \`${c.prefix}\` | ${c.label} |`);
  return ['| code | role | scope | label |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
