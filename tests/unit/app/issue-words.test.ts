import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { KINDS, checkData, type RecordIssue } from '../../../src/domain/records';
import { loadStrings, type Lang } from '../../../src/app/i18n';
import { issueSentence } from '../../../src/app/i18n/issue-words';

// Issue 13 item 10: no schema key or validator text ever reaches the screen. This walks the schema
// of every record kind (registry.ts KINDS), breaks each field in every way its schema can refuse
// (wrong type, NaN, too long, out of range, bad date, bad choice, missing), and checks that the
// refusal comes out as a translated sentence in Indonesian and in English.

type S = { type: string; entries?: Record<string, S>; item?: S; value?: S; wrapped?: S; options?: readonly string[]; pipe?: A[] };
type A = { type: string; requirement?: unknown; message?: string };

const unwrap = (s: S): S => (s.wrapped ? unwrap(s.wrapped) : s);
const actions = (s: S) => (s.pipe ?? []).slice(1) as A[];
const act = (s: S, type: string) => actions(s).find((a) => a.type === type);
const isOptional = (s: S) => s.type === 'optional';

const REGEX_SAMPLES: Record<string, string> = { nik: '6411051203950001', month: '2026-01', desaCode: '64.11.05.2003', rtNo: '001', id: 'abc', date: '2026-01-01', quarter: '2026-Q1' };

/** A valid value of a schema: every optional field filled, every list with one entry, so nested fields can be broken. */
function sample(schema: S): unknown {
  const s = unwrap(schema);
  switch (s.type) {
    case 'object': return Object.fromEntries(Object.entries(s.entries!).map(([k, e]) => [k, sample(e)]));
    case 'array': return act(s, 'max_length')?.requirement === 0 ? [] : [sample(s.item!)];
    case 'record': return { x: sample(s.value!) };
    case 'picklist': return s.options![0];
    case 'boolean': return true;
    case 'number': {
      const mins = actions(s).filter((a) => a.type === 'min_value').map((a) => Number(a.requirement));
      return mins.length ? Math.max(...mins) : 0;
    }
    case 'string': {
      if (act(s, 'iso_date')) return '2026-01-01';
      if (act(s, 'iso_timestamp')) return '2026-01-01T00:00:00.000Z';
      const re = act(s, 'regex');
      if (re) return REGEX_SAMPLES[re.message!] ?? (() => { throw new Error(`no sample for regex ${re.message}`); })();
      return 'a';
    }
    default: throw new Error(`no sample for schema type ${s.type}`);
  }
}

interface Field { path: string; schema: S; set(data: any, v: unknown): void; remove?(data: any): void }

/** Every field of a schema (nested ones too) with a way to put a value there or take it out. */
function fields(schema: S, prefix = '', get: (d: any) => any = (d) => d): Field[] {
  const s = unwrap(schema);
  if (s.type !== 'object') return [];
  const out: Field[] = [];
  for (const [k, e] of Object.entries(s.entries!)) {
    const path = prefix ? `${prefix}.${k}` : k;
    out.push({ path, schema: e, set: (d, v) => void (get(d)[k] = v), remove: (d) => void delete get(d)[k] });
    let inner = unwrap(e);
    let getInner = (d: any) => get(d)[k];
    // Through lists and maps to the entries' fields ('kaders.role', 'snapshot.rows.counts').
    while (inner.type === 'array' || inner.type === 'record') {
      const g = getInner;
      if (inner.type === 'array') { getInner = (d) => g(d)[0]; inner = unwrap(inner.item!); }
      else {
        const value = unwrap(inner.value!);
        if (value.type !== 'object') {
          out.push({ path, schema: value, set: (d, v) => void (g(d).x = v) });
        }
        getInner = (d) => g(d).x;
        inner = value;
      }
    }
    if (inner.type === 'object') out.push(...fields(inner, path, getInner));
  }
  return out;
}

/** Values the field's schema must refuse, each named for the report. */
function badValues(schema: S): [string, unknown][] {
  const s = unwrap(schema);
  const bad: [string, unknown][] = [];
  const wrongType = s.type === 'string' || s.type === 'picklist' ? 12345 : s.type === 'number' ? 'dua' : 'x';
  bad.push(['wrong type', wrongType]);
  if (s.type === 'number') {
    bad.push(['NaN', NaN]);
    const min = act(s, 'min_value');
    const max = act(s, 'max_value');
    if (min) bad.push(['below range', Number(min.requirement) - 1]);
    if (max) bad.push(['above range', Number(max.requirement) + 1]);
    if (act(s, 'integer')) bad.push(['not whole', 1.5 + Number(min?.requirement ?? 0)]);
  }
  if (s.type === 'string') {
    const max = act(s, 'max_length');
    if (max) bad.push(['too long', 'x'.repeat(Number(max.requirement) + 1)]);
    if (act(s, 'iso_date') || act(s, 'regex')?.message === 'month') bad.push(['bad date', '31/02/2026']);
    if (act(s, 'iso_timestamp')) bad.push(['bad time', 'kemarin sore']);
    if (act(s, 'regex')) bad.push(['bad format', '1/2']);
  }
  if (s.type === 'picklist') bad.push(['bad choice', 'zzz-tidak-ada']);
  if (s.type === 'array') {
    const max = act(s, 'max_length');
    if (max && unwrap(s.item!).type === 'picklist') bad.push(['too many', Array(Number(max.requirement) + 1).fill(unwrap(s.item!).options![0])]);
  }
  return bad;
}

/** What a screen may never show: keys, field paths, validator words, raw values, ISO dates. */
function developerText(sentence: string, kind: string): string | null {
  const checks: [RegExp | string, string][] = [
    [kind.includes('.') ? kind : '\u0000', 'the kind'],
    [/\b[a-z]{2,}\.[a-zA-Z]{2,}/, 'a dotted key'],
    [/\b[a-z]+[A-Z][a-zA-Z]*\b/, 'a camelCase name'],
    [/_/, 'an underscore'],
    [/Invalid|Expected [^a-z]|Expected (number|string|boolean)|[Rr]eceived|NaN|undefined|null|\[object|Object/, 'validator words'],
    [/\d{4}-\d{2}-\d{2}/, 'an ISO date'],
    [/[{}]/, 'a placeholder'],
    [/^\p{Ll}/u, 'a small first letter'],
  ];
  for (const [re, what] of checks) if (typeof re === 'string' ? sentence.includes(re) : re.test(sentence)) return what;
  return null;
}

const LANGS: Lang[] = ['id', 'en'];

function expectWords(issue: RecordIssue, what: string) {
  const words = LANGS.map((lang) => issueSentence(issue, lang));
  for (const [i, w] of words.entries()) {
    expect(w, `${what}: no ${LANGS[i]} words for ${JSON.stringify(issue)}; give the field a name ('field.${issue.kind}.${issue.path}', or a shared 'field.<name>') and the kind one ('kind.${issue.kind}') in src/app/i18n/strings/records.ts`).not.toBeNull();
    expect(developerText(w!, issue.kind), `${what} (${LANGS[i]}): "${w}"`).toBeNull();
  }
  expect(words[0], `${what}: not translated`).not.toBe(words[1]);
}

beforeAll(async () => {
  await loadStrings('records', 'id');
  await loadStrings('records', 'en');
});

describe('every field of every kind, broken every way its schema refuses, is a translated sentence', () => {
  for (const [kind, spec] of Object.entries(KINDS)) {
    it(kind, () => {
      const schema = spec.schema as unknown as S;
      const valid = sample(schema);
      const base = checkData(kind, valid);
      expect(base.ok, `${kind}: the generated sample is valid (${!base.ok && base.reason})`).toBe(true);
      let tried = 0;
      for (const f of fields(schema)) {
        const cases = badValues(f.schema);
        if (!isOptional(f.schema) && f.remove) cases.push(['missing', undefined]);
        for (const [name, bad] of cases) {
          const data = structuredClone(valid);
          if (name === 'missing') f.remove!(data);
          else f.set(data, bad);
          const r = checkData(kind, data);
          expect(r.ok, `${kind}.${f.path} ${name}: refused`).toBe(false);
          if (r.ok) continue;
          expect(r.issue.path, `${kind}.${f.path} ${name}: the issue names the field`).toBe(f.path);
          expectWords(r.issue, `${kind}.${f.path} ${name}`);
          tried++;
        }
      }
      // The record as a whole of the wrong type.
      const whole = checkData(kind, 'not a record');
      expect(whole.ok).toBe(false);
      if (!whole.ok) expectWords(whole.issue, `${kind} as a whole`);
      expect(tried).toBeGreaterThan(0);
    });
  }
});

describe('rules that are not a single field’s type also speak the user’s language', () => {
  it.each<[string, RecordIssue]>([
    ['B4 departure before arrival (from the schema)', { kind: 'rt.temp', path: 'departureDate', rule: 'order.before', arg: 'arrivalDate' }],
    ['… with the date known on the phone', { kind: 'rt.temp', path: 'departureDate', rule: 'order.before', arg: 'arrivalDate', date: '2026-03-01' }],
    ['death before birth', { kind: 'rt.mutation', path: 'date', rule: 'order.beforeBirth', date: '1990-05-01', name: 'Budi' }],
    ['death before birth, from a server (no name or date)', { kind: 'rt.mutation', path: 'date', rule: 'order.before', arg: 'birthDate' }],
    ['departure after death', { kind: 'rt.mutation', path: 'date', rule: 'order.afterDeath', date: '2026-02-10', name: 'Budi' }],
    ['death before a later arrival', { kind: 'rt.mutation', path: 'date', rule: 'order.beforeEvent', arg: 'datang', date: '2026-03-01', name: 'Budi' }],
    ['weighing before birth', { kind: 'posyandu.visit', path: 'date', rule: 'order.beforeBirth', date: '2025-06-10', name: 'Ani' }],
    ['weighing tomorrow', { kind: 'posyandu.visit', path: 'date', rule: 'order.future' }],
    ['unknown household', { kind: 'rt.mutation', path: 'householdId', rule: 'unknown' }],
    ['nobody picked', { kind: 'rt.mutation', path: 'personId', rule: 'nobody' }],
    ['a written-once row edited', { kind: 'posyandu.visit', path: '', rule: 'appendOnly' }],
    ['an entry cancelled twice', { kind: 'rt.mutation', path: 'corrects', rule: 'cancelled' }],
    ['an unknown kind', { kind: 'record', path: 'kind', rule: 'unknown' }],
    ['the KBM table out of order', { kind: 'config.kbm', path: '', rule: 'consistent' }],
  ])('%s', (_name, issue) => expectWords(issue, _name));

  it('the sentences read as a kader would say them', () => {
    expect(issueSentence({ kind: 'posyandu.unit', path: 'households', rule: 'number' }, 'id')).toBe('Jumlah KK di wilayah harus berupa angka.');
    expect(issueSentence({ kind: 'rt.temp', path: 'departureDate', rule: 'order.before', arg: 'arrivalDate', date: '2026-03-01' }, 'id'))
      .toBe('Tanggal pergi tidak boleh sebelum tanggal datang (1 Mar 2026).');
    expect(issueSentence({ kind: 'rt.mutation', path: 'date', rule: 'order.afterDeath', date: '2026-02-10', name: 'Budi' }, 'id'))
      .toBe('Budi sudah tercatat meninggal pada 10 Feb 2026; tanggal peristiwa tidak boleh pada atau sesudah tanggal itu.');
    expect(issueSentence({ kind: 'posyandu.pregnant', path: 'dueDate', rule: 'order.before', arg: 'lastPeriod' }, 'id'))
      .toBe('Taksiran persalinan (HPL) tidak boleh sebelum HPHT (hari pertama haid terakhir).');
    expect(issueSentence({ kind: 'rt.person', path: 'name', rule: 'tooLong', arg: '120' }, 'en')).toBe('Name is too long (at most 120 characters).');
  });
});

describe('a refused save tells the user in words (useSaver → explainSaveError)', () => {
  it('the schema’s refusal of a NaN count, a too-long name and a B4 departure before arrival', async () => {
    const { KaderDb } = await import('../../../src/data/db');
    const { saveRecord } = await import('../../../src/data/records');
    const { explainSaveError } = await import('../../../src/app/shell/save-errors');
    const { useLang } = await import('../../../src/app/i18n');
    const db = new KaderDb(`issue-words-${Math.random()}`);
    const ctx = { by: 'test' };
    const refused = async (kind: string, data: unknown) => {
      const err = await saveRecord(db, { kind, addr: '64.11/64.11.05.2003/rt:001', data }, ctx).then(() => null, (e: unknown) => e);
      expect(err).not.toBeNull();
      return (await explainSaveError(err)).message;
    };
    useLang.setState({ lang: 'id' });
    expect(await refused('posyandu.unit', { name: 'Mawar', households: NaN })).toBe('Jumlah KK di wilayah harus berupa angka.');
    expect(await refused('rt.temp', { name: 'Tamu', sex: 'L', citizenship: 'WNI', arrivalDate: '2026-03-01', departureDate: '2026-02-01' }))
      .toBe('Tanggal pergi tidak boleh sebelum tanggal datang.');
    useLang.setState({ lang: 'en' });
    expect(await refused('rt.person', { name: 'x'.repeat(121), sex: 'L', birthDate: '1990-01-01', citizenship: 'WNI' })).toBe('Name is too long (at most 120 characters).');
    useLang.setState({ lang: 'id' });
    expect(await db.records.count()).toBe(0);
    db.close();
  });
});
