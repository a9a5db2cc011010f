import type { PopulationRecap, Cells } from '../../../domain/population';
import { formatMonth } from '../../i18n';
import type { Column } from '../../print/columns';
import type { T } from './labels';

// Model B3 Buku Rekapitulasi Jumlah Penduduk (domain-tables §4), one row per month: start of month
// (WNA L/P, WNI L/P, KK, family members, people); births and arrivals (WNA L/P, WNI L/P); deaths and
// departures (same); end of month (as start); notes. "Anggota keluarga" is people minus heads (KK).

type Part = 'start' | 'lahir' | 'datang' | 'mati' | 'pindah' | 'end';

export function b3Columns(t: T, o: { rowHead?: string; note?: (r: PopulationRecap) => string } = {}): Column<PopulationRecap>[] {
  const people = (part: Part, group: string[]): Column<PopulationRecap>[] => [
    { head: 'L', group: [...group, 'WNA'], value: (r) => (r[part] as Cells).WNA.L },
    { head: 'P', group: [...group, 'WNA'], value: (r) => (r[part] as Cells).WNA.P },
    { head: 'L', group: [...group, 'WNI'], value: (r) => (r[part] as Cells).WNI.L },
    { head: 'P', group: [...group, 'WNI'], value: (r) => (r[part] as Cells).WNI.P },
  ];
  const whole = (part: 'start' | 'end'): Column<PopulationRecap>[] => {
    const g = [t(`rt.b3.${part}`)];
    return [
      ...people(part, g),
      { head: t('rt.b3.kk'), group: g, value: (r) => r[part].KK },
      { head: t('rt.b3.members'), group: g, value: (r) => r[part].jiwa - r[part].KK },
      { head: t('rt.b3.people'), group: g, value: (r) => r[part].jiwa },
    ];
  };
  const add = t('rt.b2.added');
  const out = t('rt.b2.reduced');
  return [
    { head: o.rowHead ?? t('rt.rk.month'), value: (r) => formatMonth(r.month), className: 'kd-date' },
    ...whole('start'),
    ...people('lahir', [add, t('rt.m.type.lahir')]),
    ...people('datang', [add, t('rt.m.type.datang')]),
    ...people('mati', [out, t('rt.b2.died')]),
    ...people('pindah', [out, t('rt.m.type.pindah')]),
    ...whole('end'),
    { head: t('rt.m.notes'), value: (r) => o.note?.(r) ?? '' },
  ];
}
