import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { covers } from '../../../src/domain/records';
import type { SyncRecord } from '../../../src/domain/records';
import { createCode, DEMO_CODES } from '../../../src/server';
import { backends, child, Phone, rec, startTestServer, visit, type TestServer } from './helpers';

const PS = '64.11/64.11.05.2003';
const PB = '64.11/64.11.05.2004';

/** One record of each module at many places, including another kabupaten. */
function targets(): SyncRecord[] {
  const places = [
    `${PS}/posyandu:mawar`, `${PB}/posyandu:melati`, `${PS}/rt:001`, `${PS}/rt:002`, `${PB}/rt:001`,
    `${PS}/rt:001/dw:anggrek`, `${PS}/rt:002/dw:kenanga`, `${PB}/rt:001/dw:dahlia`, PS, PB, '64.11',
    `${PS}/lkd:lpm`, `${PS}/rt:001/lkd:rt`, `${PS}/rt:002/lkd:rt`, `${PS}/posyandu:mawar/lkd:posyandu`, `${PB}/lkd:lpm`, `${PB}/rt:001/lkd:rt`,
    '64.12/64.12.01.2001/posyandu:lain', '64.12/64.12.01.2001/rt:001', '64.12', '64.12/64.12.01.2001/lkd:lpm',
  ];
  const out: SyncRecord[] = [];
  for (const a of places) {
    out.push(visit(a), child(a));
    out.push(rec('rt.person', a, { name: 'Warga Uji', sex: 'L', birthDate: '1990-01-01', citizenship: 'WNI' }));
    out.push(rec('dasawisma.group', a, { name: 'Kelompok Uji' }));
    out.push(rec('lkd.board', a, { termStart: '2025-01-01', skNumber: '141/1/2025' }));
    // ILP (issue 15): the other life stages' register and visits are Posyandu records like a weighing.
    const person = rec('posyandu.person', a, { name: 'Lansia Uji', sex: 'P', birthDate: '1950-02-01' });
    out.push(person, rec('posyandu.adultVisit', a, { subjectId: person.id, date: '2025-03-10', bp: [{ systolic: 150, diastolic: 95 }], glucoseMgdl: 210, glucoseKind: 'sewaktu' }, { parent: person.id }));
    out.push(rec('posyandu.youthVisit', a, { subjectId: person.id, date: '2025-03-10', weightKg: 40, heightCm: 150 }, { parent: person.id }));
    out.push(rec('posyandu.maternalVisit', a, { subjectId: person.id, stage: 'hamil', date: '2025-03-10', muacCm: 22, dangerSigns: ['bleeding'] }, { parent: person.id }));
  }
  out.push(rec('config.county', '64.11', { strataProfile: 'nasional' }));
  out.push(rec('config.county', '64.12', { strataProfile: 'nasional' }));
  out.push(rec('config.county', PS, { strataProfile: 'nasional' }));
  return out;
}

function allowed(p: Phone, r: SyncRecord): boolean {
  const module = r.kind.split('.')[0];
  if (module === 'config') return p.e.scope.modules.includes('config') && r.addr === p.e.scope.kabupaten;
  return (p.e.scope.modules as string[]).includes(module) && covers(p.e.scope.prefix, r.addr);
}

/** Readable: its modules and its role's read-only ones (desa: the RT books; ketua-rt: its board). */
function visible(p: Phone, r: SyncRecord): boolean {
  const module = r.kind.split('.')[0];
  if (module === 'config') return r.addr === p.e.scope.kabupaten;
  return ([...p.e.scope.modules, ...(p.e.scope.reads ?? [])] as string[]).includes(module) && covers(p.e.scope.prefix, r.addr);
}

// Every role pushes everywhere and pulls everything it can: outside its scope it is refused and
// sees nothing.
describe.each(backends())('scopes ($name)', (b) => {
  let s: TestServer;
  let other: Phone;
  beforeAll(async () => {
    s = await startTestServer(b);
    // A second kabupaten with its own county device and records, to check nothing crosses.
    const c = await createCode(s.db, { role: 'county', prefix: '64.12' });
    if (!c.ok) throw new Error(c.reason);
    other = await Phone.enrol(s.url, c.code);
    const own = targets().filter((r) => r.addr === '64.12' || r.addr.startsWith('64.12/'));
    const res = await other.push(own.map((r) => other.change(r)));
    expect(res.body.results.filter((x: any) => x.status === 'applied').length).toBeGreaterThan(5);
  });
  afterAll(async () => {
    await s?.stop();
  });

  for (const code of DEMO_CODES.map((c) => c.code)) {
    it(`${code}: writes only inside its scope and modules, reads nothing outside`, async () => {
      const p = await Phone.enrol(s.url, code);
      const ts = targets();
      const res = await p.push(ts.map((r) => p.change(r)));
      expect(res.status).toBe(200);
      ts.forEach((r, i) => {
        const got = res.body.results[i];
        if (allowed(p, r)) expect(got.status, `${r.kind} at ${r.addr}`).toBe('applied');
        else {
          expect(got.status, `${r.kind} at ${r.addr}`).toBe('rejected');
          expect(got.reason).toMatch(/^(scope|invalid: config addr)/);
        }
      });
      const refused = ts.filter((r) => !allowed(p, r)).map((r) => r.id);
      const stored = await s.db.query<{ id: string }>(`select id from records where id in (select jsonb_array_elements_text($1::jsonb))`, [JSON.stringify(refused)]);
      expect(stored).toEqual([]);

      const seen = (await p.pullAll('0', 300)).records;
      const leaks = seen.filter((r) => !visible(p, r));
      expect(leaks.map((r) => `${r.kind}@${r.addr}`)).toEqual([]);
      // Config of its own kabupaten reaches every device; nothing of 64.12 does.
      expect(seen.some((r) => r.kind === 'config.county' && r.addr === '64.11')).toBe(true);
      expect(seen.some((r) => r.addr.startsWith('64.12'))).toBe(false);
      // What it can see, it sees: everything in scope that is stored.
      const expected = await s.db.query<{ n: unknown }>(
        `select count(*) as n from records where kab = '64.11' and (addr = $1 or addr like $2 or (module = 'config' and addr = '64.11'))
           and (module = 'config' or module in (select jsonb_array_elements_text($3::jsonb)))`,
        [p.e.scope.prefix, p.e.scope.prefix.replace(/_/g, '\\_') + '/%', JSON.stringify([...p.e.scope.modules, ...(p.e.scope.reads ?? [])])],
      );
      expect(seen.length).toBe(Number(expected[0].n));
    });
  }

  it('the other kabupaten sees only its own records', async () => {
    const seen = (await other.pullAll()).records;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.addr === '64.12' || r.addr.startsWith('64.12/'))).toBe(true);
  });

  it('a device cannot take over a record outside its scope by reusing its id', async () => {
    const rt2 = await Phone.enrol(s.url, 'RT-002-PS');
    const person = rec('rt.person', `${PS}/rt:002`, { name: 'Asli', sex: 'P', birthDate: '1970-01-01', citizenship: 'WNI' });
    const v = (await rt2.push([rt2.change(person)])).body.results[0].version;
    const rt1 = await Phone.enrol(s.url, 'RT-001-PS');
    const hijack = { ...person, addr: `${PS}/rt:001`, data: { ...(person.data as object), name: 'Palsu' } };
    const r = await rt1.push([rt1.change(hijack, v)]);
    expect(r.body.results[0]).toMatchObject({ status: 'rejected', reason: 'scope' });
    expect(r.body.results[0].winner).toBeUndefined();
    const row = (await s.db.query<any>('select data, addr from records where id = $1', [person.id]))[0];
    expect(row.data.name).toBe('Asli');
    expect(row.addr).toBe(`${PS}/rt:002`);
    // Replaying that seq must not reveal the record's version either.
    const replay = await rt1.push([{ seq: 1, baseVersion: v, record: hijack }]);
    expect(replay.body.results[0].version).toBeUndefined();
  });

  it('scope prefixes are matched by whole segments, with LIKE wildcards escaped', async () => {
    const county = await Phone.enrol(s.url, 'KAB-6411');
    const near = [visit(`${PS}/posyandu:axb`), visit(`${PS}/posyandu:a_bc`)];
    const r = await county.push(near.map((x) => county.change(x)));
    expect(r.body.results.every((x: any) => x.status === 'applied')).toBe(true);
    // Nothing stands under a Posyandu today, so rows below one can only be old data stored before
    // addresses were checked: written directly, they must not leak through the LIKE either.
    for (const [id, addr] of [['legacy-axb-sub', `${PS}/posyandu:axb/sub`], ['legacy-a_b2-x', `${PS}/posyandu:a_b2/x`]]) {
      await s.db.query(
        `insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by)
         values ('64.11', $1, 'posyandu.visit', 'posyandu', $2, null, $3::jsonb, false, nextval('change_seq'), $4, 'old')`,
        [id, addr, JSON.stringify(near[0].data), new Date().toISOString()],
      );
    }
    const c = await createCode(s.db, { role: 'kader', prefix: `${PS}/posyandu:a_b` });
    if (!c.ok) throw new Error(c.reason);
    const k = await Phone.enrol(s.url, c.code);
    const seen = (await k.pullAll()).records;
    expect(seen.filter((x) => x.kind === 'posyandu.visit')).toEqual([]);
    const write = await k.push(near.map((x) => k.change({ ...x, id: x.id + 'k' })));
    expect(write.body.results.map((x: any) => x.status)).toEqual(['rejected', 'rejected']);
  });

  // A prefix check alone let '<own prefix>/..' through: stored under the kader's own Posyandu
  // string, it named another place, and the county's Posyandu report listed a phantom unit.
  it('refuses addresses that are not canonical, even when they start with the own prefix', async () => {
    const k = await Phone.enrol(s.url, 'KADER-MAWAR');
    const own = k.e.scope.prefix;
    const bad = [`${own}/..`, `${own}/.`, `${own}/`, `${own}//x`, `${own}/../../64.11.05.2004/posyandu:melati`,
      '/../../64.11.05.2004/posyandu:melati', '/', '/./.', `${own}/rt:001`, `${PS}/posyandu:mawar/posyandu:melati`];
    const recs = bad.map((a) => child(a));
    const good = child(own);
    const r = await k.push([...recs, good].map((x) => k.change(x)));
    expect(r.status).toBe(200);
    r.body.results.slice(0, bad.length).forEach((x: any, i: number) => {
      expect(x, bad[i]).toMatchObject({ status: 'rejected' });
      expect(x.reason, bad[i]).toMatch(/^invalid: addr: segment \d+/);
    });
    expect(r.body.results[bad.length].status).toBe('applied');
    const stored = await s.db.query<{ addr: string }>('select addr from records where id = any($1::text[])', [recs.map((x) => x.id)]);
    expect(stored).toEqual([]);
    // The county device is refused the same way (its prefix covers the whole kabupaten).
    const county = await Phone.enrol(s.url, 'KAB-6411');
    const c = await county.push([county.change(child('64.11/../64.12')), county.change(child('64.11/64.11.05.2003/'))]);
    expect(c.body.results.map((x: any) => x.status)).toEqual(['rejected', 'rejected']);
    // And a code's scope must be canonical too.
    expect(await createCode(s.db, { role: 'kader', prefix: `${own}/..` })).toMatchObject({ ok: false });
  });

  it('county staff read the whole kabupaten, config included', async () => {
    const county = await Phone.enrol(s.url, 'KAB-6411');
    const seen = (await county.pullAll('0', 2000)).records;
    const n = await s.db.query<{ n: unknown }>(`select count(*) as n from records where kab = '64.11'`);
    expect(seen.length).toBe(Number(n[0].n));
    expect(new Set(seen.map((r) => r.kind.split('.')[0]))).toEqual(new Set(['posyandu', 'rt', 'dasawisma', 'lkd', 'config']));
  });
});
