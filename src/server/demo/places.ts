// The demo kabupaten: two desa, each with a Posyandu, two RTs and two dasawisma groups.
// Codes look real (province 64, kabupaten 11) but the people in the demo records are invented.
export const DEMO_KAB = '64.11';

export interface DemoDesa {
  code: string;
  name: string;
  posyandu: { id: string; name: string };
  groups: { id: string; rt: string; name: string; coordinator: string }[];
}

export const DESA: DemoDesa[] = [
  {
    code: '64.11.05.2003',
    name: 'Prangat Selatan',
    posyandu: { id: 'mawar', name: 'Posyandu Mawar' },
    groups: [
      { id: 'anggrek', rt: '001', name: 'Dasawisma Anggrek', coordinator: 'Ibu Sri Wahyuni' },
      { id: 'kenanga', rt: '002', name: 'Dasawisma Kenanga', coordinator: 'Ibu Rusmini' },
    ],
  },
  {
    code: '64.11.05.2004',
    name: 'Prangat Baru',
    posyandu: { id: 'melati', name: 'Posyandu Melati' },
    groups: [
      { id: 'dahlia', rt: '001', name: 'Dasawisma Dahlia', coordinator: 'Ibu Hasanah' },
      { id: 'teratai', rt: '002', name: 'Dasawisma Teratai', coordinator: 'Ibu Murni' },
    ],
  },
];
