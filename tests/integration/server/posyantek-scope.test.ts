import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCode } from '../../../src/server';
import { backends, Phone, rec, startTestServer, type TestServer } from './helpers';

// Posyantek (Perbup Paser 2/2022) and who sees it, against the real server and the demo kabupaten:
// a Posyantekdes lives under its desa ('…/64.11.05.2003/posyantek:desa'), a Posyantek Antar Desa
// under its kecamatan ('64.11/64.11.05/posyantek:antar-desa'). The desa's staff and a post's own
// phone write their post only; a kecamatan's post is in no desa's scope, and a desa's post is not
// the kecamatan post's.

const KAB = '64.11';
const KEC = '64.11/64.11.05';
const PS = '64.11/64.11.05.2003';
const PB = '64.11/64.11.05.2004';
const PS_POST = `${PS}/posyantek:desa`;
const KEC_POST = `${KEC}/posyantek:antar-desa`;
const post = (addr: string, level: 'desa' | 'antar-desa' = 'desa') => rec('posyantek.post', addr, { level, name: 'Posyantek Uji' });
const cash = (addr: string, amount = 150_000) => rec('posyantek.cash', addr, { date: '2026-04-02', category: 'pendapatan-usaha', amount, description: 'Sewa alat' });
const statuses = (r: { body: { results: { status: string; reason?: string }[] } }) => r.body.results.map((x) => (x.reason ? `${x.status}:${x.reason}` : x.status));

async function codePhone(s: TestServer, role: string, prefix: string, modules?: string[]) {
  const c = await createCode(s.db, { role, prefix, label: 'uji', ...(modules ? { modules } : {}) });
  if (!c.ok) throw new Error(c.message);
  return Phone.enrol(s.url, c.code);
}

describe.each(backends())('Posyantek scopes ($name)', (b) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(b);
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('the desa\'s staff write their Posyantekdes, not another desa\'s nor the kecamatan\'s', async () => {
    const desa = await Phone.enrol(s.url, 'DESA-PS');
    expect(desa.e.scope.modules).toEqual(['lkd', 'posyantek']);
    const r = await desa.push([post(PS_POST), cash(PS_POST), post(`${PB}/posyantek:desa`), post(KEC_POST, 'antar-desa'), cash(KEC_POST)].map((x) => desa.change(x)));
    expect(statuses(r)).toEqual(['applied', 'applied', 'rejected:scope', 'rejected:scope', 'rejected:scope']);
  });

  it('a Posyantek Antar Desa\'s phone writes its post at the kecamatan and reads no desa', async () => {
    const kec = await codePhone(s, 'posyantek', KEC_POST);
    expect(kec.e.scope).toMatchObject({ prefix: KEC_POST, modules: ['posyantek'] });
    const r = await kec.push([post(KEC_POST, 'antar-desa'), cash(KEC_POST, 999_999), cash(PS_POST), cash(`${KEC}/posyantek:lain`)].map((x) => kec.change(x)));
    expect(statuses(r)).toEqual(['applied', 'applied', 'rejected:scope', 'rejected:scope']);
    const seen = (await kec.pullAll()).records.filter((x) => x.kind !== 'config.county');
    expect(seen.length).toBe(2);
    expect(seen.every((x) => x.addr === KEC_POST)).toBe(true);
  });

  it('the kecamatan\'s post is in no desa\'s pull; a desa phone sees its own post only', async () => {
    const desa = await Phone.enrol(s.url, 'DESA-PS');
    const seen = (await desa.pullAll()).records.filter((x) => x.kind.startsWith('posyantek.'));
    expect(seen.length).toBe(2);
    expect(seen.every((x) => x.addr === PS_POST)).toBe(true);
    const other = await Phone.enrol(s.url, 'DESA-PB');
    expect((await other.pullAll()).records.filter((x) => x.kind.startsWith('posyantek.'))).toEqual([]);
  });

  it('a Posyantekdes\'s own phone reads and writes its post only; other modules are refused', async () => {
    const own = await codePhone(s, 'posyantek', PS_POST);
    const seen = (await own.pullAll()).records.filter((x) => x.kind !== 'config.county');
    expect(seen.map((x) => x.addr)).toEqual([PS_POST, PS_POST]);
    const r = await own.push([cash(PS_POST, 1), rec('lkd.board', `${PS}/lkd:lpm`, { termStart: '2025-01-01' }), rec('rt.person', `${PS}/rt:001`, { name: 'X', sex: 'P', birthDate: '1990-01-01', citizenship: 'WNI' })].map((x) => own.change(x)));
    expect(statuses(r)).toEqual(['applied', 'rejected:scope', 'rejected:scope']);
  });

  it('the server refuses what the schema refuses: a fraction of a rupiah, a seventh position, a bad quarter', async () => {
    const own = await codePhone(s, 'posyantek', PS_POST);
    const r = await own.push([
      own.change({ ...cash(PS_POST), data: { date: '2026-04-02', category: 'pendapatan-usaha', amount: 10.5, description: 'x' } }),
      own.change(rec('posyantek.seat', PS_POST, { position: 'wakil-ketua', person: { name: 'A' } })),
      own.change(rec('posyantek.quarter', PS_POST, { quarter: '2026-Q5', sentOn: '2026-04-05' })),
    ]);
    expect(statuses(r).map((x) => x.split(':')[0] + ':' + x.split(':')[1])).toEqual(['rejected:invalid', 'rejected:invalid', 'rejected:invalid']);
  });

  it('codes: a posyantek code names a post; a county code stays the county\'s', async () => {
    for (const prefix of [PS, KEC, `${PS}/rt:001`, KAB]) {
      expect(await createCode(s.db, { role: 'posyantek', prefix })).toMatchObject({ ok: false });
    }
    expect((await createCode(s.db, { role: 'posyantek', prefix: PS_POST })).ok).toBe(true);
    expect(await createCode(s.db, { role: 'desa', prefix: KEC })).toMatchObject({ ok: false });
    expect(await createCode(s.db, { role: 'posyantek', prefix: `${PS}/posyantek:desa`, modules: ['lkd'] })).toMatchObject({ ok: false, reason: 'bad-modules' });
  });
});
