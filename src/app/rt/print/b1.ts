import type { Register, RegisterRow, RtUnit } from '../../../data/rt';
import { formatDate, type MessageKey } from '../../i18n';
import type { Column } from '../../print/columns';
import { codeWord, sexWord, type T } from './labels';

// Model B1 Buku Induk Penduduk (Permendagri 47/2016; domain-tables §4): one row per person, by
// household (the head first), people without a household last. Those who died or moved away stay
// in the book with the event in "Keterangan".

const POSITION_ORDER = ['kepala', 'suami', 'istri', 'anak', 'menantu', 'cucu', 'orang_tua', 'mertua', 'famili_lain', 'pembantu', 'lainnya'];

export function b1Rows(reg: Register): RegisterRow[] {
  const seen = new Set<string>();
  const out: RegisterRow[] = [];
  const rank = (r: RegisterRow, headId?: string) => (r.person.id === headId ? -1 : POSITION_ORDER.indexOf(r.person.data.familyPosition ?? 'lainnya'));
  for (const h of reg.households) {
    const members = [...h.members].sort((a, b) => rank(a, h.head?.id) - rank(b, h.head?.id));
    for (const m of members) { out.push(m); seen.add(m.person.id); }
  }
  for (const r of reg.rows) if (!seen.has(r.person.id)) out.push(r);
  return out;
}

/** "Keterangan": the event that opened or closed the residence, then the book's own note. */
export function b1Note(t: T, r: RegisterRow): string {
  const res = r.residence;
  const parts: string[] = [];
  const last = res.entries[res.entries.length - 1];
  if (res.state !== 'aktif' && res.until) parts.push(t(`rt.b1.gone.${res.state}` as MessageKey, { date: formatDate(res.until) }));
  else if (last && res.since) parts.push(t(`rt.b1.since.${last.data.type === 'lahir' ? 'lahir' : 'datang'}`, { date: formatDate(res.since) }));
  if (r.person.data.residency === 'nonpermanen') parts.push(t('rt.p.residency.nonpermanen'));
  if (r.person.data.notes) parts.push(r.person.data.notes);
  return parts.join('; ');
}

export function b1Columns(t: T): Column<RegisterRow>[] {
  const d = (r: RegisterRow) => r.person.data;
  return [
    { head: t('rt.b1.no'), value: (_r, i) => i + 1 },
    { head: t('rt.p.name'), value: (r) => d(r).name, className: 'kd-wide' },
    { head: t('rt.p.sex'), value: (r) => sexWord(t, d(r).sex) },
    { head: t('rt.p.marital'), value: (r) => codeWord(t, 'marital', d(r).maritalStatus) },
    { head: t('rt.p.birthPlace'), value: (r) => d(r).birthPlace ?? '' },
    { head: t('rt.p.birthDate'), value: (r) => formatDate(d(r).birthDate), className: 'kd-date' },
    { head: t('rt.p.religion'), value: (r) => codeWord(t, 'religion', d(r).religion) },
    { head: t('rt.p.education'), value: (r) => codeWord(t, 'education', d(r).education) },
    { head: t('rt.p.occupation'), value: (r) => d(r).occupation ?? '' },
    { head: t('rt.b1.canRead'), value: (r) => (d(r).canRead === undefined ? '' : t(d(r).canRead ? 'common.yes' : 'common.no')) },
    { head: t('rt.p.citizenship'), value: (r) => d(r).citizenship },
    { head: t('rt.hh.address'), value: (r) => r.household?.data.address ?? '', className: 'kd-wide' },
    { head: t('rt.p.position'), value: (r) => codeWord(t, 'position', d(r).familyPosition) },
    { head: t('rt.p.nik'), value: (r) => d(r).nik ?? '', text: true },
    { head: t('rt.hh.noKk'), value: (r) => r.household?.data.noKk ?? '', text: true },
    { head: t('rt.p.notes'), value: (r) => b1Note(t, r), className: 'kd-wide' },
  ];
}

/** The CSV adds the birth date in ISO at the right, for machines and sorting. */
export function b1CsvColumns(t: T): Column<RegisterRow>[] {
  return [...b1Columns(t), { head: `${t('rt.p.birthDate')} (ISO)`, value: (r) => r.person.data.birthDate }];
}

export function rtLines(t: T, unit: RtUnit): string[] {
  const u = unit.data;
  return [t('rt.b1.unit', { rt: u.rtNo, rw: u.rw || '-', desa: u.desaName ?? u.desaCode })];
}
