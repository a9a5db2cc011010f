import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCode } from '../../../src/server';
import { backends, Phone, rec, startTestServer, type TestServer } from './helpers';

// Village institutions (LKD) and who sees them, both ways, against the real server and the demo
// kabupaten: a desa device writes its desa's boards and reads its RT books without writing them;
// an RT head's phone reads its own RT's board and nothing else of the module.

const PS = '64.11/64.11.05.2003';
const PB = '64.11/64.11.05.2004';
const board = (addr: string) => rec('lkd.board', addr, { termStart: '2025-01-01', skNumber: '141/1/2025' });
const person = (addr: string, name = 'Warga Uji') => rec('rt.person', addr, { name, sex: 'P', birthDate: '1990-01-01', citizenship: 'WNI' });
const statuses = (r: { body: { results: { status: string; reason?: string }[] } }) => r.body.results.map((x) => (x.reason ? `${x.status}:${x.reason}` : x.status));

describe.each(backends())('LKD scopes ($name)', (b) => {
  let s: TestServer;
  let desa: Phone;
  let rt1: Phone;
  beforeAll(async () => {
    s = await startTestServer(b);
    desa = await Phone.enrol(s.url, 'DESA-PS');
    rt1 = await Phone.enrol(s.url, 'RT-001-PS');
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('enrolment tells each phone what it may only read', () => {
    expect(desa.e.role).toBe('desa');
    expect(desa.e.scope).toMatchObject({ prefix: PS, modules: ['lkd', 'posyantek'], reads: ['rt'] });
    expect(rt1.e.scope).toMatchObject({ prefix: `${PS}/rt:001`, modules: ['rt'], reads: ['lkd'] });
  });

  it('a desa device writes the boards of its own desa only', async () => {
    const ok = [board(`${PS}/lkd:lpm`), board(`${PS}/rt:002/lkd:rt`), board(`${PS}/posyandu:mawar/lkd:posyandu`)];
    const bad = [board(`${PB}/lkd:lpm`), board(`${PB}/rt:001/lkd:rt`), board('64.11')];
    const r = await desa.push([...ok, ...bad].map((x) => desa.change(x)));
    expect(statuses(r)).toEqual(['applied', 'applied', 'applied', 'rejected:scope', 'rejected:scope', 'rejected:scope']);
  });

  it('a desa device cannot push RT books, not even into its own desa, nor take over an RT person by its id', async () => {
    const r = await desa.push([desa.change(person(`${PS}/rt:001`)), desa.change(person(`${PS}/rt:002`))]);
    expect(statuses(r)).toEqual(['rejected:scope', 'rejected:scope']);
    // An lkd record reusing the id of the RT book's person it can read.
    const hijack = { ...board(`${PS}/lkd:lpm`), id: 'demo-lkd-p1' };
    const h = await desa.push([desa.change(hijack)]);
    expect(statuses(h)).toEqual(['rejected:scope']);
    const [row] = await s.db.query<any>('select kind, data from records where id = $1', ['demo-lkd-p1']);
    expect(row).toMatchObject({ kind: 'rt.person', data: { name: 'Haji Abdul Rahman' } });
  });

  it('a desa device reads the RT books and boards of its desa, and nothing of another desa or of other modules', async () => {
    const seen = (await desa.pullAll()).records;
    const byModule = (m: string) => seen.filter((r) => r.kind.startsWith(`${m}.`));
    expect(byModule('rt').length).toBeGreaterThan(10);
    expect(byModule('rt').every((r) => r.addr.startsWith(`${PS}/rt:`))).toBe(true);
    expect(seen.some((r) => r.id === 'demo-lkd-p1')).toBe(true);
    expect(byModule('lkd').map((r) => r.addr)).toContain(`${PS}/rt:001/lkd:rt`);
    expect(seen.filter((r) => !r.addr.startsWith(PS) && r.kind !== 'config.county')).toEqual([]);
    expect(byModule('posyandu')).toEqual([]);
    expect(byModule('dasawisma')).toEqual([]);
  });

  it('an RT head\'s phone reads its own RT\'s board, not another RT\'s nor the desa\'s, and cannot write it', async () => {
    const seen = (await rt1.pullAll()).records.filter((r) => r.kind.startsWith('lkd.'));
    expect(seen.length).toBeGreaterThan(2);
    expect(new Set(seen.map((r) => r.addr))).toEqual(new Set([`${PS}/rt:001/lkd:rt`]));
    const r = await rt1.push([rt1.change(board(`${PS}/rt:001/lkd:rt`))]);
    expect(statuses(r)).toEqual(['rejected:scope']);
    // Its RT books stay writable.
    const w = await rt1.push([rt1.change(person(`${PS}/rt:001`, 'Warga Baru'))]);
    expect(statuses(w)).toEqual(['applied']);
  });

  it('RT 002\'s phone does not see RT 001\'s board', async () => {
    const rt2 = await Phone.enrol(s.url, 'RT-002-PS');
    const seen = (await rt2.pullAll()).records;
    expect(seen.filter((r) => r.addr.startsWith(`${PS}/rt:001`))).toEqual([]);
    expect(seen.filter((r) => r.kind.startsWith('lkd.')).every((r) => r.addr === `${PS}/rt:002/lkd:rt`)).toBe(true);
  });

  it('read-only modules are the role\'s policy: a device enrolled before they existed gets them, a stored scope cannot widen them', async () => {
    const old = await Phone.enrol(s.url, 'DESA-PB');
    await s.db.query(`update devices set scope = scope - 'reads' where id = $1`, [old.e.deviceId]);
    const seen = (await old.pullAll()).records;
    expect(seen.some((r) => r.kind === 'rt.person' && r.addr.startsWith(`${PB}/rt:`))).toBe(true);
    // A kader whose stored scope claims to read the RT books gets nothing of them.
    const k = await Phone.enrol(s.url, 'KADER-MAWAR');
    await s.db.query(`update devices set scope = jsonb_set(scope, '{reads}', '["rt","lkd"]') where id = $1`, [k.e.deviceId]);
    const kseen = (await k.pullAll()).records;
    expect(kseen.filter((r) => r.kind.startsWith('rt.') || r.kind.startsWith('lkd.'))).toEqual([]);
  });

  it('a desa code must name a desa, not a unit inside it', async () => {
    expect((await createCode(s.db, { role: 'desa', prefix: PS })).ok).toBe(true);
    for (const prefix of [`${PS}/rt:001`, `${PS}/posyandu:mawar`, '64.11', `${PS}/lkd:lpm`]) {
      expect(await createCode(s.db, { role: 'desa', prefix })).toMatchObject({ ok: false });
    }
  });
});
