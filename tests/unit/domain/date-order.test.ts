import { describe, expect, it } from 'vitest';
import { checkData } from '../../../src/domain/records';
import { weighingIssue, beforeField, futureDate } from '../../../src/domain/records/date-order';
import { personEventProblem, tempStayProblem, type TimelineEntry } from '../../../src/domain/records/rt-dates';

// Dates in the order life has them (issue 13 item 6). Cross-record rules run on the phone before a
// save; within-record rules are also in the schemas, so the county endpoint refuses them too.
const TODAY = '2026-03-15';
const budi = { name: 'Budi', birthDate: '1990-05-01' };

describe('personEventProblem (RT buku mutasi)', () => {
  const died: TimelineEntry = { id: 'm1', type: 'mati', date: '2026-02-10' };
  const arrived: TimelineEntry = { id: 'a1', type: 'datang', date: '2026-03-01' };
  it.each([
    ['a death after the birth', [], { type: 'mati', date: '2026-01-01' }, null],
    ['a death before the birth', [], { type: 'mati', date: '1990-04-30' }, { rule: 'order.beforeBirth', date: '1990-05-01', name: 'Budi' }],
    ['a death on the day of birth', [], { type: 'mati', date: '1990-05-01' }, null],
    ['a death tomorrow', [], { type: 'mati', date: '2026-03-16' }, { rule: 'order.future' }],
    ['a departure after the death', [died], { type: 'pindah', date: '2026-02-11' }, { rule: 'order.afterDeath', date: '2026-02-10', name: 'Budi' }],
    ['a departure on the day of the death', [died], { type: 'pindah', date: '2026-02-10' }, { rule: 'order.afterDeath' }],
    ['an arrival after the death', [died], { type: 'datang', date: '2026-03-01' }, { rule: 'order.afterDeath' }],
    ['a departure before the birth', [], { type: 'pindah', date: '1980-01-01' }, { rule: 'order.beforeBirth' }],
    ['a departure with no death', [arrived], { type: 'pindah', date: '2026-03-02' }, null],
    ['a death dated before an arrival already in the books', [arrived], { type: 'mati', date: '2026-02-01' }, { rule: 'order.beforeEvent', arg: 'datang', date: '2026-03-01' }],
    ['a death dated after the arrival', [arrived], { type: 'mati', date: '2026-03-05' }, null],
    ['correcting the death itself to a later date', [died], { type: 'mati', date: '2026-02-20', replaces: 'm1' }, null],
    ['correcting a departure that the death follows', [died, { id: 'p1', type: 'pindah', date: '2026-01-05' }], { type: 'pindah', date: '2026-02-12', replaces: 'p1' }, { rule: 'order.afterDeath' }],
  ] as const)('%s', (_name, inForce, ev, want) => {
    const got = personEventProblem(budi, inForce, ev, TODAY);
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatchObject({ kind: 'rt.mutation', path: 'date', ...want });
  });
});

describe('tempStayProblem (B4 nonpermanen)', () => {
  it.each([
    ['arrived, still here', { arrivalDate: '2026-03-01' }, null],
    ['left after arriving', { arrivalDate: '2026-03-01', departureDate: '2026-03-10' }, null],
    ['left the day of arrival', { arrivalDate: '2026-03-01', departureDate: '2026-03-01' }, null],
    ['left before arriving', { arrivalDate: '2026-03-01', departureDate: '2026-02-28' }, { path: 'departureDate', rule: 'order.before', arg: 'arrivalDate', date: '2026-03-01' }],
    ['arrives tomorrow', { arrivalDate: '2026-03-16' }, { path: 'arrivalDate', rule: 'order.future' }],
    ['leaves tomorrow', { arrivalDate: '2026-03-01', departureDate: '2026-03-16' }, { path: 'departureDate', rule: 'order.future' }],
    ['arrived before being born', { arrivalDate: '2026-03-01', birthDate: '2026-03-02' }, { path: 'arrivalDate', rule: 'order.beforeBirth' }],
  ] as const)('%s', (_name, d, want) => {
    const got = tempStayProblem(d, TODAY);
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatchObject({ kind: 'rt.temp', ...want });
  });
});

describe('weighingIssue (the Posyandu rule of kms/weighing-date.ts as an issue)', () => {
  const child = { name: 'Ani', birthDate: '2025-06-10', leftDate: '2026-02-01', leftReason: 'meninggal' };
  it.each([
    ['on the birthday', '2025-06-10', null],
    ['a month later', '2025-07-10', null],
    ['before the birth', '2025-06-09', 'order.beforeBirth'],
    ['tomorrow', '2026-03-16', 'order.future'],
    ['after her death', '2026-02-02', 'order.afterDeath'],
  ])('%s', (_name, date, rule) => {
    const got = weighingIssue(child, date, TODAY);
    if (rule === null) expect(got).toBeNull();
    else expect(got).toMatchObject({ kind: 'posyandu.visit', path: 'date', rule });
  });
});

describe('small rules', () => {
  it('futureDate and beforeField', () => {
    expect(futureDate('k.x', 'd', '2026-03-15', TODAY)).toBeNull();
    expect(futureDate('k.x', 'd', '2026-03-16', TODAY)).toMatchObject({ rule: 'order.future' });
    expect(beforeField('k.x', 'b', undefined, 'a', '2026-01-01')).toBeNull();
    expect(beforeField('k.x', 'b', '2025-12-31', 'a', '2026-01-01')).toMatchObject({ rule: 'order.before', arg: 'a' });
  });
});

describe('within-record order is in the schemas (the server refuses it too)', () => {
  it.each([
    ['rt.temp', { name: 'T', sex: 'L', citizenship: 'WNI', arrivalDate: '2026-03-01', departureDate: '2026-02-01' }, 'rt.temp.departureDate: order.before arrivalDate'],
    ['rt.temp', { name: 'T', sex: 'L', citizenship: 'WNI', arrivalDate: '2026-03-01', birthDate: '2026-03-05' }, 'rt.temp.arrivalDate: order.before birthDate'],
    ['rt.mutation', { type: 'mati', date: '1980-01-01', personId: 'p', householdId: 'h', name: 'B', sex: 'L', citizenship: 'WNI', birthDate: '1990-01-01' }, 'rt.mutation.date: order.before birthDate'],
    ['posyandu.child', { name: 'A', sex: 'P', birthDate: '2025-01-01', hasKms: true, leftDate: '2024-12-01' }, 'posyandu.child.leftDate: order.before birthDate'],
    ['posyandu.pregnant', { name: 'S', lastPeriod: '2026-01-01', dueDate: '2025-10-01' }, 'posyandu.pregnant.dueDate: order.before lastPeriod'],
    ['posyandu.wuspus', { name: 'W', pus: true, kbActive: false, registeredOn: '2026-01-01', leftOn: '2025-01-01' }, 'posyandu.wuspus.leftOn: order.before registeredOn'],
    ['dasawisma.register', { type: 'kematian-bayi', date: '2026-01-01', name: 'Ibu', childBirthDate: '2026-02-01' }, 'dasawisma.register.date: order.before childBirthDate'],
  ])('%s: %s', (kind, data, reason) => {
    const r = checkData(kind, data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });
  it('in order, they pass', () => {
    expect(checkData('rt.temp', { name: 'T', sex: 'L', citizenship: 'WNI', arrivalDate: '2026-03-01', departureDate: '2026-03-01' }).ok).toBe(true);
    expect(checkData('rt.mutation', { type: 'lahir', date: '2026-01-01', personId: 'p', householdId: 'h', name: 'B', sex: 'L', citizenship: 'WNI', birthDate: '2026-01-01' }).ok).toBe(true);
  });
});
