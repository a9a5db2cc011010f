import { describe, expect, it } from 'vitest';
import { addrProblem, covers, kecamatanAddr, kecamatanOfDesa, parseAddr, posyantekAddr } from '../../../src/domain/records';
import { makeScope } from '../../../src/server/admin/roles';
import { readdress } from '../../../src/sync/readdress';

// Where a Posyantek lives: a Posyantekdes under its desa, a Posyantek Antar Desa under its kecamatan
// ('64.11/64.11.05'), a segment that stands beside the desa codes so no desa address changes shape.

const KAB = '64.11';
const DESA = '64.11/64.11.05.2003';
const KEC = kecamatanAddr(kecamatanOfDesa('64.11.05.2003'));

describe('Posyantek addresses', () => {
  it('a kecamatan address and the posts under desa and kecamatan are canonical', () => {
    expect(KEC).toBe('64.11/64.11.05');
    for (const a of [KEC, posyantekAddr(DESA, 'desa'), posyantekAddr(KEC, 'antar-desa'), 'local/posyantek:desa']) {
      expect(addrProblem(a, { local: true }), a).toBeNull();
    }
  });

  it.each([
    ['64.11/64.12.05', 'is not in kabupaten'], // a kecamatan of another kabupaten
    ['64.11/64.11.05/rt:001', 'cannot stand under kecamatan'], // only kecamatan-level units under a kecamatan
    ['64.11/64.11.05/64.11.05.2003', 'cannot stand under kecamatan'], // desa codes do not move under it
    ['64.11/64.11.05.2003/rt:001/posyantek:desa', 'cannot stand under rt'],
    ['64.11/64.11.05.2003/posyantek:desa/lkd:x', 'cannot stand under posyantek'],
  ])('%s is refused (%s)', (addr, why) => {
    expect(addrProblem(addr)).toContain(why);
  });

  it('parseAddr reads a kecamatan address as a kecamatan, not a desa', () => {
    expect(parseAddr(posyantekAddr(KEC, 'antar-desa'))).toEqual({ kabupaten: KAB, kecamatan: '64.11.05', posyantek: 'antar-desa' });
    expect(parseAddr(posyantekAddr(DESA, 'desa'))).toEqual({ kabupaten: KAB, desa: '64.11.05.2003', posyantek: 'desa' });
  });

  it('scopes: the kecamatan post is in no desa, a desa post is not in the kecamatan post\'s scope', () => {
    expect(covers(DESA, posyantekAddr(KEC, 'antar-desa'))).toBe(false);
    expect(covers(posyantekAddr(KEC, 'antar-desa'), posyantekAddr(DESA, 'desa'))).toBe(false);
    expect(covers(KEC, posyantekAddr(DESA, 'desa'))).toBe(false); // '64.11/64.11.05' is no text prefix of a desa segment-wise
    expect(covers(KAB, posyantekAddr(KEC, 'antar-desa'))).toBe(true);
  });
});

describe('Posyantek roles and enrolment', () => {
  it('a posyantek code names a post; the desa role also keeps its Posyantekdes', () => {
    expect(makeScope('posyantek', posyantekAddr(KEC, 'antar-desa'))).toMatchObject({ ok: true, scope: { modules: ['posyantek'] } });
    expect(makeScope('posyantek', posyantekAddr(DESA, 'desa'))).toMatchObject({ ok: true });
    for (const prefix of [DESA, KEC, KAB, `${DESA}/rt:001`]) expect(makeScope('posyantek', prefix), prefix).toMatchObject({ ok: false, reason: 'scope-role-mismatch' });
    expect(makeScope('desa', DESA)).toMatchObject({ ok: true, scope: { modules: ['lkd', 'posyantek'] } });
    expect(makeScope('desa', posyantekAddr(DESA, 'desa'))).toMatchObject({ ok: false });
    expect(makeScope('county', KEC)).toMatchObject({ ok: false });
    expect(makeScope('posyantek', posyantekAddr(DESA, 'desa'), '', ['lkd'])).toMatchObject({ ok: false, reason: 'bad-modules' });
  });

  it('a post made before enrolment moves into the scope', () => {
    expect(readdress('local/posyantek:desa', DESA)).toBe(`${DESA}/posyantek:desa`);
    expect(readdress('local/posyantek:desa', posyantekAddr(KEC, 'antar-desa'))).toBe(posyantekAddr(KEC, 'antar-desa'));
    // LKD records keep their place as before.
    expect(readdress('local/lkd:lpm', DESA)).toBe(`${DESA}/lkd:lpm`);
  });
});
