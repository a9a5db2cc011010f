import type { PersonData } from '../../../domain/records/rt';
import type { RecordIssue } from '../../../domain/records/issues';
import { futureDate } from '../../../domain/records/date-order';
import { checkNik, nikBlocks } from '../../../domain/nik/input';
import { isValidIsoDate } from '../../../domain/dates';

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

/** What stops the save, per field: a missing value, or an issue in words (issue-words.ts). */
export type Problem = { required: true } | { issue: RecordIssue } | { nik: 'length' | 'digits' | 'noteNeeded' };
export type PersonProblems = Partial<Record<'name' | 'sex' | 'birthDate' | 'nik', Problem>>;

const sexOf = (s: string) => (s === 'L' || s === 'P' ? s : undefined);

/** Problems that stop the save; a NIK warning only asks for a note (SPEC §2). `today` is the phone's day. */
export function personProblems(f: PersonForm, today: string): PersonProblems {
  const p: PersonProblems = {};
  if (!f.name.trim()) p.name = { required: true };
  if (!sexOf(f.sex)) p.sex = { required: true };
  if (!f.birthDate) p.birthDate = { required: true };
  else if (!isValidIsoDate(f.birthDate)) p.birthDate = { issue: { kind: 'rt.person', path: 'birthDate', rule: 'date' } };
  else {
    const future = futureDate('rt.person', 'birthDate', f.birthDate, today);
    if (future) p.birthDate = { issue: future };
  }
  const nik = nikBlocks(checkNik(f.nik, { birthDate: isValidIsoDate(f.birthDate) ? f.birthDate : undefined, sex: sexOf(f.sex) }, today), f.nikNote);
  if (nik) p.nik = { nik };
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
