import type { Register, RegisterRow } from '../../../data/rt';
import { formatDate, type MessageKey } from '../../i18n';
import type { Column } from '../../print/columns';
import { b1Rows } from './b1';
import { codeWord, type T } from './labels';

// Model B5 Buku Kartu Tanda Penduduk dan Buku Kartu Keluarga (Permendagri 47/2016), 19 columns:
// no; No. KK; full name; NIK; sex; place/date of birth; blood type; religion; education;
// occupation; address; marital status; place and date the KTP was issued; position in the family;
// citizenship; parents (father, mother); date living in the desa since; notes.
// The residents living here, by household (the head first), as B1. The RT books do not record a
// blood type or where/when a KTP was issued: those cells stay empty, to be filled in by hand. A
// child's ('anak') parents are the household's head and spouse by sex; others' are left empty.
// "Keterangan" says which of KK / KTP-el the person does not hold (documents recorded in the books).

const parentOf = (r: RegisterRow, members: RegisterRow[], sex: 'L' | 'P'): string => {
  if (r.person.data.familyPosition !== 'anak') return '';
  const head = members.find((m) => m.person.id === r.household?.data.headPersonId) ?? members.find((m) => m.person.data.familyPosition === 'kepala');
  const couple = [head, ...members.filter((m) => m.person.data.familyPosition === 'istri' || m.person.data.familyPosition === 'suami')];
  return couple.find((m) => m && m.person.data.sex === sex)?.person.data.name ?? '';
};

export interface B5Row {
  row: RegisterRow;
  father: string;
  mother: string;
}

export function b5Rows(reg: Register): B5Row[] {
  const membersOf = new Map(reg.households.map((h) => [h.household.id, h.members]));
  return b1Rows(reg)
    .filter((r) => r.residence.state === 'aktif')
    .map((row) => {
      const members = (row.household && membersOf.get(row.household.id)) || [];
      return { row, father: parentOf(row, members, 'L'), mother: parentOf(row, members, 'P') };
    });
}

function b5Note(t: T, r: RegisterRow): string {
  const docs = r.person.data.documents;
  const missing = (['kk', 'ktpEl'] as const).filter((k) => !docs?.[k]).map((k) => t(`rt.p.doc.${k}` as MessageKey));
  return [missing.length ? `${t('rt.rp.missing')}: ${missing.join(', ')}` : '', r.person.data.notes ?? ''].filter(Boolean).join('; ');
}

export function b5Columns(t: T): Column<B5Row>[] {
  const d = (x: B5Row) => x.row.person.data;
  const parents = [t('rt.b5.parents')];
  return [
    { head: t('rt.b1.no'), value: (_x, i) => i + 1 },
    { head: t('rt.hh.noKk'), value: (x) => x.row.household?.data.noKk ?? '', text: true },
    { head: t('rt.p.name'), value: (x) => d(x).name, className: 'kd-name' },
    { head: t('rt.p.nik'), value: (x) => d(x).nik ?? '', text: true },
    { head: t('rt.p.sex'), value: (x) => d(x).sex },
    { head: t('rt.b5.born'), value: (x) => [d(x).birthPlace, formatDate(d(x).birthDate)].filter(Boolean).join(', ') },
    { head: t('rt.b5.blood'), value: () => '' },
    { head: t('rt.p.religion'), value: (x) => codeWord(t, 'religion', d(x).religion) },
    { head: t('rt.p.education'), value: (x) => codeWord(t, 'education', d(x).education) },
    { head: t('rt.p.occupation'), value: (x) => d(x).occupation ?? '' },
    { head: t('rt.hh.address'), value: (x) => x.row.household?.data.address ?? '', className: 'kd-wide' },
    { head: t('rt.p.marital'), value: (x) => codeWord(t, 'marital', d(x).maritalStatus) },
    { head: t('rt.b5.issued'), value: () => '' },
    { head: t('rt.p.position'), value: (x) => codeWord(t, 'position', d(x).familyPosition) },
    { head: t('rt.p.citizenship'), value: (x) => d(x).citizenship },
    { head: t('rt.b5.father'), group: parents, value: (x) => x.father },
    { head: t('rt.b5.mother'), group: parents, value: (x) => x.mother },
    { head: t('rt.b5.since'), value: (x) => (x.row.residence.since ? formatDate(x.row.residence.since) : ''), className: 'kd-date' },
    { head: t('rt.p.notes'), value: (x) => b5Note(t, x.row), className: 'kd-wide' },
  ];
}

/** The CSV adds the birth date in ISO at the right, for machines and sorting. */
export function b5CsvColumns(t: T): Column<B5Row>[] {
  return [...b5Columns(t), { head: `${t('rt.p.birthDate')} (ISO)`, value: (x) => x.row.person.data.birthDate }];
}
