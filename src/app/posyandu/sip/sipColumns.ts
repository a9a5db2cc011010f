import { format, parseISO } from 'date-fns';
import type { Child } from '../../../data/posyandu';
import { ageYears, gestationWeeks, type Pregnant, type SipChildRow, type SipEvent, type WusPus } from '../../../data/posyandu/sip';
import { formatDate, type Lang, type MessageKey, type Params } from '../../i18n';
import { dateLocales } from '../../i18n/date-locales';
import type { Column } from '../../print/columns';

// The columns of SIP formats 1–4 (Sistem Informasi Posyandu, the Posyandu's paper books), declared
// once for the printed sheet and its CSV. The order is the paper form's; a form column the app
// does not record (TT immunisation, pregnancy number, children who died) stays on the sheet with
// empty cells to be filled in by hand (said under the table). Decisions: docs/printing.md.

export type T = (key: MessageKey, params?: Params) => string;

const day = (iso: string | undefined) => (iso ? formatDate(iso) : '');
const sexWord = (s: 'L' | 'P' | undefined, lang: Lang) => (s ? (lang === 'id' ? s : s === 'L' ? 'M' : 'F') : '');

/** 'Jan' … 'Des' in the language in use. */
export function monthShort(year: number, m: number, lang: Lang): string {
  return format(parseISO(`${year}-${String(m + 1).padStart(2, '0')}-01`), 'MMM', { locale: dateLocales[lang] });
}

export function format1Columns(t: T, lang: Lang): Column<SipEvent>[] {
  const name = [t('sip.name')];
  const died = [t('sip.died')];
  return [
    { head: t('sip.no'), value: (_e, i) => i + 1 },
    { head: t('sip.mother'), group: name, value: (e) => e.motherName ?? '', className: 'kd-wide' },
    { head: t('sip.father'), group: name, value: (e) => e.fatherName ?? '' },
    { head: t('sip.baby'), group: name, value: (e) => e.babyName ?? '', className: 'kd-wide' },
    { head: t('sip.birthDate'), value: (e) => day(e.babyBirthDate), className: 'kd-date' },
    { head: t('sip.sex'), value: (e) => sexWord(e.babySex, lang) },
    { head: t('sip.baby'), group: died, value: (e) => day(e.babyDeathDate), className: 'kd-date' },
    { head: t('sip.mother'), group: died, value: (e) => day(e.motherDeathDate), className: 'kd-date' },
    {
      head: t('sip.notes'),
      className: 'kd-wide',
      value: (e) => [
        t(`sip.event.${e.event}`, { subject: t(`sip.subject.${e.subject}` as MessageKey) }),
        e.cause ? t('sip.cause', { cause: e.cause }) : '',
        e.notes ?? '',
      ].filter(Boolean).join('; '),
    },
  ];
}

const dose = (r: SipChildRow, antigen: string) => day(r.doses[antigen]);
const FORM_ANTIGENS = new Set(['BCG', 'DPT1', 'DPT2', 'DPT3', 'POLIO1', 'POLIO2', 'POLIO3', 'POLIO4', 'MR1', 'HB0']);

function childNote(t: T, c: Child): string {
  const d = c.data;
  const parts: string[] = [];
  if (d.leftDate && d.leftReason && d.leftReason !== 'meninggal') parts.push(t(`sip.left.${d.leftReason}`, { date: formatDate(d.leftDate) }));
  return parts.join('; ');
}

export function format2Columns(t: T, lang: Lang, year: number): Column<SipChildRow>[] {
  const w = [t('sip.weights')];
  const svc = t('sip.services');
  const imm = [t('sip.imm')];
  return [
    { head: t('sip.no'), value: (_r, i) => i + 1 },
    { head: t('sip.child'), value: (r) => r.child.data.name, className: 'kd-wide' },
    { head: t('sip.birthDate'), value: (r) => day(r.child.data.birthDate), className: 'kd-date' },
    { head: t('sip.sex'), value: (r) => sexWord(r.child.data.sex, lang) },
    { head: t('sip.bbl'), value: (r) => r.child.data.birthWeightKg, digits: 1 },
    { head: t('sip.fatherName'), value: (r) => r.child.data.fatherName ?? '' },
    { head: t('sip.motherName'), value: (r) => r.child.data.motherName ?? '' },
    { head: t('sip.area'), value: (r) => r.child.data.area ?? '' },
    ...Array.from({ length: 12 }, (_, m): Column<SipChildRow> => ({ head: monthShort(year, m, lang), group: w, value: (r) => r.weights[m], digits: 1 })),
    { head: 'I', group: [svc, t('sip.iron')], value: (r) => day(r.iron[0]), className: 'kd-date' },
    { head: 'II', group: [svc, t('sip.iron')], value: (r) => day(r.iron[1]), className: 'kd-date' },
    { head: t('sip.vitA.feb'), group: [svc, t('sip.vitA')], value: (r) => day(r.vitaminAFeb), className: 'kd-date' },
    { head: t('sip.vitA.aug'), group: [svc, t('sip.vitA')], value: (r) => day(r.vitaminAAug), className: 'kd-date' },
    { head: t('sip.ors'), group: [svc], value: (r) => r.ors.map(day).join(', ') },
    { head: 'BCG', group: imm, value: (r) => dose(r, 'BCG'), className: 'kd-date' },
    ...[1, 2, 3].map((n): Column<SipChildRow> => ({ head: 'I'.repeat(n), group: [...imm, t('sip.imm.dpt')], value: (r) => dose(r, `DPT${n}`), className: 'kd-date' })),
    ...['I', 'II', 'III', 'IV'].map((roman, k): Column<SipChildRow> => ({ head: roman, group: [...imm, t('sip.imm.polio')], value: (r) => dose(r, `POLIO${k + 1}`), className: 'kd-date' })),
    { head: t('sip.imm.mr'), group: imm, value: (r) => dose(r, 'MR1'), className: 'kd-date' },
    { head: t('sip.imm.hb0'), group: imm, value: (r) => dose(r, 'HB0'), className: 'kd-date' },
    {
      head: t('sip.imm.other'),
      group: imm,
      value: (r) => Object.entries(r.doses).filter(([a]) => !FORM_ANTIGENS.has(a)).map(([a, d]) => `${a} ${formatDate(d)}`).join(', '),
    },
    { head: t('sip.childDied'), value: (r) => (r.child.data.leftReason === 'meninggal' ? day(r.child.data.leftDate) : ''), className: 'kd-date' },
    { head: t('sip.notes'), value: (r) => childNote(t, r.child) },
  ];
}

const asOf = (year: number) => `${year}-12-31`;

export function format3Columns(t: T, year: number): Column<WusPus>[] {
  const tt = [t('sip.tt')];
  return [
    { head: t('sip.no'), value: (_w, i) => i + 1 },
    { head: t('sip.wus'), value: (w) => w.data.name, className: 'kd-wide' },
    { head: t('sip.husband'), value: (w) => w.data.husbandName ?? '' },
    { head: t('sip.age'), value: (w) => ageYears(w.data.birthDate, asOf(year)) },
    { head: t('sip.status'), value: (w) => (w.data.pus ? 'PUS' : 'WUS') },
    { head: t('sip.area'), value: (w) => w.data.area ?? '' },
    { head: t('sip.childrenAlive'), value: (w) => w.data.children },
    { head: t('sip.childrenDied'), value: () => '' },
    { head: t('sip.muac'), value: () => '' },
    ...['I', 'II', 'III', 'IV', 'V'].map((r): Column<WusPus> => ({ head: r, group: tt, value: () => '' })),
    { head: t('sip.kb'), value: (w) => (w.data.kbActive ? (w.data.kbMethod ?? '').toUpperCase() : t('sip.kb.none')) },
    { head: t('sip.registered'), value: (w) => day(w.data.registeredOn), className: 'kd-date' },
    { head: t('sip.leftOn'), value: (w) => day(w.data.leftOn), className: 'kd-date' },
    { head: t('sip.notes'), value: (w) => w.data.notes ?? '' },
  ];
}

export function format4Columns(t: T, year: number): Column<Pregnant>[] {
  const tt = [t('sip.tt')];
  const out = [t('sip.outcome')];
  return [
    { head: t('sip.no'), value: (_p, i) => i + 1 },
    { head: t('sip.regDate'), value: (p) => day(p.data.registeredOn), className: 'kd-date' },
    { head: t('sip.motherOnly'), value: (p) => p.data.name, className: 'kd-wide' },
    { head: t('sip.age'), value: (p) => ageYears(p.data.birthDate, p.data.registeredOn ?? asOf(year)) },
    { head: t('sip.husband'), value: (p) => p.data.husbandName ?? '' },
    { head: t('sip.area'), value: (p) => p.data.area ?? '' },
    { head: t('sip.lastPeriod'), value: (p) => day(p.data.lastPeriod), className: 'kd-date' },
    { head: t('sip.dueDate'), value: (p) => day(p.data.dueDate), className: 'kd-date' },
    { head: t('sip.gestation'), value: (p) => gestationWeeks(p.data.lastPeriod, p.data.registeredOn) },
    { head: t('sip.pregnancyNo'), value: () => '' },
    { head: t('sip.anc'), value: (p) => p.data.ancVisits },
    { head: t('sip.ironTablets'), value: (p) => p.data.ironTablets },
    { head: t('sip.muac'), value: (p) => p.data.muacCm, digits: 1 },
    { head: t('sip.kek'), value: (p) => (p.data.muacCm !== undefined && p.data.muacCm < 23.5 ? t('common.yes') : '') },
    ...['I', 'II'].map((r): Column<Pregnant> => ({ head: r, group: tt, value: () => '' })),
    { head: t('sip.outcome'), group: out, value: (p) => (p.data.status && p.data.status !== 'hamil' ? t(`posyandu.opt.${p.data.status}` as MessageKey) : '') },
    { head: t('sip.outcomeDate'), group: out, value: (p) => day(p.data.outcomeDate), className: 'kd-date' },
    { head: t('sip.notes'), value: (p) => p.data.notes ?? '' },
  ];
}
