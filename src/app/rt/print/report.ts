import type { EffectiveEntry, MonthlyReport, Register, RtActivity, RegisterRow, TempResident } from '../../../data/rt';
import type { DocKey } from '../../../data/rt';
import { formatDate, type MessageKey } from '../../i18n';
import type { Column } from '../../print/columns';
import { sexWord, type T } from './labels';

// The monthly report to the Kepala Desa (001 Pasal 24 ayat 2, SPEC §4): the month's recap and the
// five parts — A births, B deaths, C temporary residents, D residents vulnerable in civil
// registration, E RT activities. Each part's columns are declared once for paper and CSV, so the
// CSV heading over a death's cause reads "Sebab / tempat meninggal", not "Tempat lahir".

export type Rentan = MonthlyReport['rentan'][number];

export function householdOf(reg: Register, id: string | undefined): string {
  const h = id ? reg.households.find((x) => x.household.id === id) : undefined;
  return h ? [h.head?.data.name, h.household.data.address].filter(Boolean).join(', ') : '';
}

const no = <R,>(): Column<R> => ({ head: 'No', value: (_r, i) => i + 1 });

export function birthColumns(t: T, reg: Register): Column<EffectiveEntry>[] {
  return [
    no(),
    { head: t('rt.p.name'), value: (e) => e.data.name, className: 'kd-wide' },
    { head: t('rt.p.sex'), value: (e) => sexWord(t, e.data.sex) },
    { head: t('rt.rpt.birthPlace'), value: (e) => e.data.place || e.data.birthPlace || '' },
    { head: t('rt.rpt.birthDate'), value: (e) => formatDate(e.data.date), className: 'kd-date' },
    { head: t('rt.rpt.household'), value: (e) => householdOf(reg, e.data.householdId), className: 'kd-wide' },
  ];
}

export function deathColumns(t: T, reg: Register): Column<EffectiveEntry>[] {
  return [
    no(),
    { head: t('rt.p.name'), value: (e) => e.data.name, className: 'kd-wide' },
    { head: t('rt.p.sex'), value: (e) => sexWord(t, e.data.sex) },
    { head: t('rt.p.birthDate'), value: (e) => formatDate(e.data.birthDate), className: 'kd-date' },
    { head: t('rt.rpt.deathDate'), value: (e) => formatDate(e.data.date), className: 'kd-date' },
    { head: t('rt.m.cause'), value: (e) => e.data.cause ?? '' },
    { head: t('rt.rpt.household'), value: (e) => householdOf(reg, e.data.householdId), className: 'kd-wide' },
  ];
}

export function tempColumns(t: T): Column<TempResident>[] {
  return [
    no(),
    { head: t('rt.p.name'), value: (x) => x.data.name, className: 'kd-wide' },
    { head: t('rt.p.sex'), value: (x) => sexWord(t, x.data.sex) },
    { head: t('rt.tmp.idNumber'), value: (x) => x.data.idNumber ?? '', text: true },
    { head: t('rt.tmp.arrivedFrom'), value: (x) => x.data.arrivedFrom ?? '' },
    { head: t('rt.tmp.purpose'), value: (x) => x.data.purpose ?? '' },
    { head: t('rt.b4.host'), value: (x) => [x.data.hostName, x.data.hostAddress].filter(Boolean).join(', ') },
    { head: t('rt.tmp.arrivalDate'), value: (x) => formatDate(x.data.arrivalDate), className: 'kd-date' },
    { head: t('rt.tmp.departureDate'), value: (x) => (x.data.departureDate ? formatDate(x.data.departureDate) : ''), className: 'kd-date' },
  ];
}

export function rentanColumns(t: T, reg: Register): Column<Rentan>[] {
  const p = (x: Rentan) => x.row.person.data;
  return [
    no(),
    { head: t('rt.p.name'), value: (x) => p(x).name, className: 'kd-wide' },
    { head: t('rt.p.sex'), value: (x) => sexWord(t, p(x).sex) },
    { head: t('rt.p.nik'), value: (x) => p(x).nik ?? '', text: true },
    { head: t('rt.rpt.household'), value: (x) => householdOf(reg, x.row.household?.id), className: 'kd-wide' },
    { head: t('rt.rp.missing'), value: (x) => x.missing.map((k: DocKey) => t(`rt.p.doc.${k}` as MessageKey)).join(', ') },
  ];
}

export function activityColumns(t: T): Column<RtActivity>[] {
  return [
    no(),
    { head: t('rt.m.date'), value: (a) => formatDate(a.data.date), className: 'kd-date' },
    { head: t('rt.rp.activityTitle'), value: (a) => a.data.title, className: 'kd-wide' },
    { head: t('rt.rp.activityDesc'), value: (a) => a.data.description ?? '' },
  ];
}

export type { RegisterRow };
