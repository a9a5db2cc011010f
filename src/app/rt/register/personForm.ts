import type { PersonData } from '../../../domain/records/rt';
import { checkNik, type IdCheck } from '../../../domain/nik/input';

/** The person form as typed (strings), kept whole in drafts and on failed saves. */
export interface PersonForm {
  name: string; nik: string; nikNote: string; sex: string; birthPlace: string; birthDate: string;
  religion: string; maritalStatus: string; education: string; occupation: string; canRead: boolean;
  citizenship: string; familyPosition: string; residency: string; kk: boolean; akta: boolean; ktpEl: boolean; notes: string;
}

export function emptyPersonForm(over: Partial<PersonForm> = {}): PersonForm {
  return {
    name: '', nik: '', nikNote: '', sex: '', birthPlace: '', birthDate: '', religion: '', maritalStatus: '', education: '',
    occupation: '', canRead: true, citizenship: 'WNI', familyPosition: '', residency: 'tetap', kk: true, akta: false, ktpEl: false, notes: '', ...over,
  };
}

export function personFormOf(d: PersonData): PersonForm {
  return emptyPersonForm({
    name: d.name, nik: d.nik ?? '', nikNote: d.nikNote ?? '', sex: d.sex, birthPlace: d.birthPlace ?? '', birthDate: d.birthDate,
    religion: d.religion ?? '', maritalStatus: d.maritalStatus ?? '', education: d.education ?? '', occupation: d.occupation ?? '',
    canRead: d.canRead ?? false, citizenship: d.citizenship, familyPosition: d.familyPosition ?? '', residency: d.residency ?? 'tetap',
    kk: d.documents?.kk ?? false, akta: d.documents?.akta ?? false, ktpEl: d.documents?.ktpEl ?? false, notes: d.notes ?? '',
  });
}

export type PersonProblems = Partial<Record<'name' | 'sex' | 'birthDate' | 'nik' | 'nikNote', string>>;

export function nikCheckOf(f: PersonForm): IdCheck {
  return checkNik(f.nik, { birthDate: f.birthDate || undefined, sex: f.sex === 'L' || f.sex === 'P' ? f.sex : undefined });
}

/** Problem keys (i18n) that stop the save; a NIK warning only asks for a note. */
export function personProblems(f: PersonForm): PersonProblems {
  const p: PersonProblems = {};
  if (!f.name.trim()) p.name = 'common.required';
  if (f.sex !== 'L' && f.sex !== 'P') p.sex = 'common.required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.birthDate)) p.birthDate = 'common.required';
  const c = nikCheckOf(f);
  if (c.blocking) p.nik = `rt.check.${c.blocking}`;
  else if (c.warnings.length && !f.nikNote.trim()) p.nikNote = 'rt.p.nikNoteNeeded';
  return p;
}

const opt = (s: string) => s.trim() || undefined;

export function toPersonData(f: PersonForm): PersonData {
  const nik = f.nik.trim();
  return {
    name: f.name.trim(), nik: nik || undefined, sex: f.sex as PersonData['sex'], birthDate: f.birthDate,
    citizenship: f.citizenship as PersonData['citizenship'], birthPlace: opt(f.birthPlace),
    religion: (opt(f.religion) as PersonData['religion']), maritalStatus: opt(f.maritalStatus) as PersonData['maritalStatus'],
    education: opt(f.education) as PersonData['education'], occupation: opt(f.occupation), canRead: f.canRead,
    familyPosition: opt(f.familyPosition) as PersonData['familyPosition'], residency: f.residency as PersonData['residency'],
    documents: { kk: f.kk, akta: f.akta, ktpEl: f.ktpEl },
    // The note belongs to a NIK that needed one; keep it while a NIK is there.
    nikNote: nik ? opt(f.nikNote) : undefined, notes: opt(f.notes),
  };
}
