import { describe, expect, it } from 'vitest';
import { checkData, formatIssue, parseIssue, type RecordIssue } from '../../../src/domain/records';

// checkData's refusal is data (kind, field path, rule), and the same as a short machine text that
// parseIssue reads back; valibot's English messages never come out.
describe('checkData issues', () => {
  it.each([
    ['posyandu.unit', { name: 'x', households: NaN }, { path: 'households', rule: 'number' }],
    ['posyandu.unit', { name: 'x', households: 1.5 }, { path: 'households', rule: 'integer' }],
    ['posyandu.unit', { name: 'x', households: -1 }, { path: 'households', rule: 'min', arg: '0' }],
    ['posyandu.unit', {}, { path: 'name', rule: 'required' }],
    ['posyandu.unit', { name: 'x'.repeat(121) }, { path: 'name', rule: 'tooLong', arg: '120' }],
    ['posyandu.unit', { name: 'x', kaders: [{ id: 'a', name: 'b', role: 'zz', active: true }] }, { path: 'kaders.role', rule: 'choice' }],
    ['posyandu.unit', 5, { path: '', rule: 'group' }],
    ['posyandu.child', { name: 'x', sex: 'L', birthDate: 'kemarin', hasKms: true }, { path: 'birthDate', rule: 'date' }],
    ['posyandu.child', { name: 'x', sex: 'L', birthDate: '2026-02-03', hasKms: 'ya' }, { path: 'hasKms', rule: 'yesNo' }],
    ['posyandu.child', { name: 'x', sex: 'L', birthDate: '2026-02-03', hasKms: true, nik: '123' }, { path: 'nik', rule: 'nik' }],
    ['dasawisma.recap', { month: '2026-01', submittedOn: '2026-01-01', snapshot: { rows: [{ familyId: 'a', label: 'x', counts: { a: -1 } }], totals: {} } }, { path: 'snapshot.rows.counts', rule: 'min', arg: '0' }],
    ['dasawisma.family', { year: 2026, headName: 'a', water: ['pdam', 'pdam', 'pdam', 'pdam'] }, { path: 'water', rule: 'tooMany', arg: '3' }],
    ['config.kbm', { id: 'a', version: 1, source: '', bands: [{ fromMonths: 1, toMonths: 2, grams: 3 }] }, { path: '', rule: 'consistent' }],
    ['rt.report', { month: '2026-13' }, { path: 'month', rule: 'month' }],
    ['rt.report', { month: '2026-12', sentAt: 'x' }, { path: 'sentAt', rule: 'dateTime' }],
    ['rt.report', { month: '2026-12', sentRecap: { a: 'x' } }, { path: 'sentRecap', rule: 'number' }],
    ['posyandu.visit', { childId: 'a', date: '2026-01-01', services: { immunisations: ['XX'] } }, { path: 'services.immunisations', rule: 'choice' }],
    ['rt.unit', { desaCode: '64.11', rtNo: '001' }, { path: 'desaCode', rule: 'desaCode' }],
  ])('%s %j', (kind, data, want) => {
    const r = checkData(kind, data);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issue).toEqual({ kind, ...want });
    expect(r.reason).not.toMatch(/Invalid|Expected|received/);
    expect(parseIssue(r.reason)).toEqual(r.issue);
  });
  it('an unknown kind', () => {
    expect(checkData('posyandu.nope', {})).toMatchObject({ ok: false, issue: { rule: 'unknown' } });
  });
});

describe('formatIssue / parseIssue', () => {
  const cases: RecordIssue[] = [
    { kind: 'rt.person', path: 'name', rule: 'tooLong', arg: '120' },
    { kind: 'rt.temp', path: 'departureDate', rule: 'order.before', arg: 'arrivalDate' },
    { kind: 'posyandu.unit', path: '', rule: 'group' },
    { kind: 'dasawisma.recap', path: 'snapshot.rows.counts', rule: 'min', arg: '0' },
  ];
  it.each(cases)('%j round-trips', (i) => expect(parseIssue(formatIssue(i))).toEqual(i));
  it.each([
    'posyandu.unit.households: Invalid type: Expected number but received NaN',
    'scope',
    'unknown kind x',
    'rt.person.name: bogusRule',
  ])('%s is not an issue', (s) => expect(parseIssue(s)).toBeNull());
  it('names and dates stay out of the machine text (no personal data in server logs)', () => {
    expect(formatIssue({ kind: 'rt.mutation', path: 'date', rule: 'order.afterDeath', date: '2026-01-01', name: 'Budi' })).toBe('rt.mutation.date: order.afterDeath');
  });
});
