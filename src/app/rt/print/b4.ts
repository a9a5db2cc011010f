import type { TempResident } from '../../../data/rt';
import { formatDate } from '../../i18n';
import type { Column } from '../../print/columns';
import type { T } from './labels';

// Model B4 Buku Penduduk Sementara (Permendagri 47/2016), 15 columns: no; name; sex (L, P: two
// columns, the person's letter in theirs); identity number; place and date of birth or age;
// occupation; citizenship (nationality, descent: two columns); arrived from; purpose; name and
// address of host; arrival date; departure date; notes.

export function b4Rows(temps: readonly TempResident[]): TempResident[] {
  return [...temps].sort((a, b) => (a.data.arrivalDate < b.data.arrivalDate ? -1 : a.data.arrivalDate > b.data.arrivalDate ? 1 : 0));
}

export function b4Columns(t: T): Column<TempResident>[] {
  const d = (x: TempResident) => x.data;
  return [
    { head: t('rt.b1.no'), value: (_x, i) => i + 1 },
    { head: t('rt.p.name'), value: (x) => d(x).name, className: 'kd-wide' },
    { head: 'L', group: [t('rt.p.sex')], value: (x) => (d(x).sex === 'L' ? 'L' : '') },
    { head: 'P', group: [t('rt.p.sex')], value: (x) => (d(x).sex === 'P' ? 'P' : '') },
    { head: t('rt.tmp.idNumber'), value: (x) => d(x).idNumber ?? '', text: true },
    { head: t('rt.b4.born'), value: (x) => (d(x).birthDate ? [d(x).birthPlace, formatDate(d(x).birthDate!)].filter(Boolean).join(', ') : d(x).age !== undefined ? t('rt.b4.age', { n: d(x).age! }) : d(x).birthPlace ?? '') },
    { head: t('rt.p.occupation'), value: (x) => d(x).occupation ?? '' },
    { head: t('rt.b4.nationality'), group: [t('rt.p.citizenship')], value: (x) => d(x).citizenship },
    { head: t('rt.b4.descent'), group: [t('rt.p.citizenship')], value: (x) => d(x).descent ?? '' },
    { head: t('rt.tmp.arrivedFrom'), value: (x) => d(x).arrivedFrom ?? '' },
    { head: t('rt.tmp.purpose'), value: (x) => d(x).purpose ?? '' },
    { head: t('rt.b4.host'), value: (x) => [d(x).hostName, d(x).hostAddress].filter(Boolean).join(', '), className: 'kd-wide' },
    { head: t('rt.tmp.arrivalDate'), value: (x) => formatDate(d(x).arrivalDate), className: 'kd-date' },
    { head: t('rt.tmp.departureDate'), value: (x) => (d(x).departureDate ? formatDate(d(x).departureDate!) : ''), className: 'kd-date' },
    { head: t('rt.p.notes'), value: (x) => d(x).notes ?? '' },
  ];
}

export function b4CsvColumns(t: T): Column<TempResident>[] {
  return [
    ...b4Columns(t),
    { head: `${t('rt.tmp.arrivalDate')} (ISO)`, value: (x) => x.data.arrivalDate },
    { head: `${t('rt.tmp.departureDate')} (ISO)`, value: (x) => x.data.departureDate ?? '' },
  ];
}
