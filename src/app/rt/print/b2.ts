import type { EffectiveEntry, Register } from '../../../data/rt';
import { formatDate } from '../../i18n';
import type { Column } from '../../print/columns';
import { sexWord, type T } from './labels';

// Model B2 Buku Mutasi Penduduk (domain-tables §4): no; name; place and date of birth; sex;
// citizenship; additions (arrived from + date; born: date); reductions (moved to + date; died:
// date); notes. Entries in force, oldest first; a correction is noted in "Keterangan".

export function b2Rows(reg: Register): EffectiveEntry[] {
  return [...reg.effective].sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0));
}

export function b2Columns(t: T): Column<EffectiveEntry>[] {
  const add = t('rt.b2.added');
  const out = t('rt.b2.reduced');
  const when = (type: string) => (e: EffectiveEntry) => (e.data.type === type ? formatDate(e.data.date) : '');
  const place = (type: string) => (e: EffectiveEntry) => (e.data.type === type ? e.data.place ?? '' : '');
  return [
    { head: t('rt.b1.no'), value: (_e, i) => i + 1 },
    { head: t('rt.p.name'), value: (e) => e.data.name, className: 'kd-wide' },
    { head: t('rt.b2.born'), value: (e) => [e.data.birthPlace, formatDate(e.data.birthDate)].filter(Boolean).join(', ') },
    { head: t('rt.p.sex'), value: (e) => sexWord(t, e.data.sex) },
    { head: t('rt.p.citizenship'), value: (e) => e.data.citizenship },
    { head: t('rt.b2.from'), group: [add, t('rt.m.type.datang')], value: place('datang') },
    { head: t('rt.m.date'), group: [add, t('rt.m.type.datang')], value: when('datang'), className: 'kd-date' },
    { head: t('rt.m.date'), group: [add, t('rt.m.type.lahir')], value: when('lahir'), className: 'kd-date' },
    { head: t('rt.b2.to'), group: [out, t('rt.m.type.pindah')], value: place('pindah') },
    { head: t('rt.m.date'), group: [out, t('rt.m.type.pindah')], value: when('pindah'), className: 'kd-date' },
    { head: t('rt.m.date'), group: [out, t('rt.b2.died')], value: when('mati'), className: 'kd-date' },
    { head: t('rt.m.notes'), value: (e) => b2Note(t, e), className: 'kd-wide' },
  ];
}

function b2Note(t: T, e: EffectiveEntry): string {
  const parts: string[] = [];
  if (e.data.type === 'mati' && e.data.cause) parts.push(t('rt.b2.cause', { cause: e.data.cause }));
  if (e.data.type === 'lahir' && e.data.place) parts.push(t('rt.b2.birthAt', { place: e.data.place }));
  if (e.chain.length > 1) parts.push(t('rt.b2.corrected', { reason: e.data.reason ?? '' }).replace(/:\s*$/, ''));
  if (e.data.notes) parts.push(e.data.notes);
  return parts.join('; ');
}

export function b2CsvColumns(t: T): Column<EffectiveEntry>[] {
  return [...b2Columns(t), { head: `${t('rt.m.date')} (ISO)`, value: (e) => e.data.date }];
}
