import type { EffectiveEntry, Register } from '../../../data/rt';
import { formatDate } from '../../i18n';
import type { Column } from '../../print/columns';
import { sexWord, type T } from './labels';

// Model B2 Buku Mutasi Penduduk Desa (Permendagri 47/2016), 13 columns: no; full name; place and
// date of birth (two columns); sex; citizenship; additions (arrived from, date); reductions (moved
// to, date; died: where/cause, date); notes. Entries in force, oldest first. The form has no
// column of its own for a birth: a birth is an addition, written "Lahir" under "Datang dari" with
// its date (where it happened in "Keterangan"). A correction is noted in "Keterangan".

export function b2Rows(reg: Register): EffectiveEntry[] {
  return [...reg.effective].sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0));
}

export function b2Columns(t: T): Column<EffectiveEntry>[] {
  const add = [t('rt.b2.added')];
  const out = [t('rt.b2.reduced')];
  const born = [t('rt.b2.born')];
  const when = (...types: string[]) => (e: EffectiveEntry) => (types.includes(e.data.type) ? formatDate(e.data.date) : '');
  return [
    { head: t('rt.b1.no'), value: (_e, i) => i + 1 },
    { head: t('rt.p.name'), value: (e) => e.data.name, className: 'kd-wide' },
    { head: t('rt.p.birthPlace'), group: born, value: (e) => e.data.birthPlace ?? '' },
    { head: t('rt.m.date'), group: born, value: (e) => formatDate(e.data.birthDate), className: 'kd-date' },
    { head: t('rt.p.sex'), value: (e) => sexWord(t, e.data.sex) },
    { head: t('rt.p.citizenship'), value: (e) => e.data.citizenship },
    { head: t('rt.b2.from'), group: add, value: (e) => (e.data.type === 'datang' ? e.data.place ?? '' : e.data.type === 'lahir' ? t('rt.m.type.lahir') : '') },
    { head: t('rt.m.date'), group: add, value: when('datang', 'lahir'), className: 'kd-date' },
    { head: t('rt.b2.to'), group: out, value: (e) => (e.data.type === 'pindah' ? e.data.place ?? '' : '') },
    { head: t('rt.m.date'), group: out, value: when('pindah'), className: 'kd-date' },
    { head: t('rt.b2.died'), group: out, value: (e) => (e.data.type === 'mati' ? e.data.cause || t('rt.b2.died') : '') },
    { head: t('rt.m.date'), group: out, value: when('mati'), className: 'kd-date' },
    { head: t('rt.m.notes'), value: (e) => b2Note(t, e), className: 'kd-wide' },
  ];
}

function b2Note(t: T, e: EffectiveEntry): string {
  const parts: string[] = [];
  if (e.data.type === 'lahir' && e.data.place) parts.push(t('rt.b2.birthAt', { place: e.data.place }));
  if (e.chain.length > 1) parts.push(t('rt.b2.corrected', { reason: e.data.reason ?? '' }).replace(/:\s*$/, ''));
  if (e.data.notes) parts.push(e.data.notes);
  return parts.join('; ');
}

export function b2CsvColumns(t: T): Column<EffectiveEntry>[] {
  return [...b2Columns(t), { head: `${t('rt.m.date')} (ISO)`, value: (e) => e.data.date }];
}
