import { describe, expect, it } from 'vitest';
import { ROOT, SEGMENT_TYPES, addrProblem, isCanonicalAddr, parseAddrSegments } from '../../../src/domain/records';

// The address grammar (domain/records/address.ts): canonical addresses only, on phone and server.

const DESA = '64.11/64.11.05.2003';

describe('address grammar', () => {
  it.each([
    '64.11',
    DESA,
    `${DESA}/posyandu:mawar`,
    `${DESA}/posyandu:01J0ABCDEF_x-y`,
    `${DESA}/rt:001`,
    `${DESA}/rt:001/dw:anggrek`,
    `${DESA}/lkd:lpm`,
    `${DESA}/rt:001/lkd:rt`,
    `${DESA}/posyandu:mawar/lkd:posyandu`,
  ])('accepts %s', (a) => {
    expect(addrProblem(a)).toBeNull();
  });

  it.each([
    ['', 'empty'],
    ['/', 'segment 1 is empty'],
    ['/./.', 'segment 1 is empty'],
    ['.', 'segment 1 is "."'],
    ['64.11/', 'segment 2 is empty'],
    [`${DESA}/posyandu:mawar/..`, 'segment 4 is ".."'],
    [`${DESA}/posyandu:mawar/../../64.11.05.2004/posyandu:melati`, 'segment 4 is ".."'],
    [`${DESA}/posyandu:mawar/.`, 'segment 4 is "."'],
    [`${DESA}//posyandu:mawar`, 'segment 3 is empty'],
    ['/../../64.11.05.2004/posyandu:melati', 'segment 1 is empty'],
    ['64.11/64.12.05.2003', 'is not in kabupaten 64.11'],
    // A kecamatan stands under the kabupaten (Posyantek Antar Desa), but nothing of a desa's stands under it.
    ['64.11/64.11.5', 'cannot stand under kabupaten'],
    ['64.11/64.11.05/rt:001', 'cannot stand under kecamatan'],
    ['64.11/posyandu:mawar', 'cannot stand under kabupaten'],
    [`${DESA}/rt:1`, 'cannot stand under desa'],
    [`${DESA}/rt:0011`, 'cannot stand under desa'],
    [`${DESA}/dw:anggrek`, 'cannot stand under desa'],
    [`${DESA}/posyandu:mawar/rt:001`, 'cannot stand under posyandu'],
    [`${DESA}/posyandu:`, 'cannot stand under desa'],
    [`${DESA}/posyandu:a b`, 'cannot stand under desa'],
    [`${DESA}/kantor:1`, 'cannot stand under desa'],
    ['64.11/lkd:lpm', 'cannot stand under kabupaten'],
    [`${DESA}/rt:001/dw:anggrek/lkd:x`, 'cannot stand under dw'],
    [`${DESA}/lkd:lpm/lkd:x`, 'cannot stand under lkd'],
    ['64.11.05.2003', 'cannot stand first'],
    ['local/posyandu:L1', 'cannot stand first'],
  ])('refuses %j (%s)', (a, why) => {
    expect(addrProblem(a)).toContain(why);
  });

  it('accepts the phone\'s pre-enrolment local addresses only when asked (never on the server)', () => {
    for (const a of ['local', 'local/posyandu:L1', 'local/rt:001', 'local/rt:001/dw:G9']) {
      expect(isCanonicalAddr(a, { local: true }), a).toBe(true);
      expect(isCanonicalAddr(a), a).toBe(false);
    }
    expect(isCanonicalAddr('local/..', { local: true })).toBe(false);
    expect(isCanonicalAddr('local/64.11', { local: true })).toBe(false);
  });

  it('names each segment by its type', () => {
    const p = parseAddrSegments(`${DESA}/rt:002/dw:kenanga`);
    expect(p.ok && p.segments.map((s) => `${s.type}=${s.text}`)).toEqual([
      'kabupaten=64.11', 'desa=64.11.05.2003', 'rt=rt:002', 'dw=dw:kenanga',
    ]);
  });

  it('a long hostile segment is quoted short and never cut inside a character', () => {
    const p = addrProblem(`${DESA}/${'𝕏'.repeat(100)}`)!;
    expect(p.length).toBeLessThan(200);
    expect(p).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  // The table is data other modules add rows to: it must stay unambiguous and connected.
  it('the segment table is unambiguous: no sample segment matches two types under one parent', () => {
    const samples = ['64.11', '64.11.05', '64.11.05.2003', 'local', 'posyandu:x', 'rt:001', 'dw:x', 'lkd:x', 'posyantek:x', 'x:1'];
    const parents = [ROOT, ...SEGMENT_TYPES.map((t) => t.type)];
    for (const parent of parents) {
      for (const seg of samples) {
        const rows = SEGMENT_TYPES.filter((t) => t.under.includes(parent) && t.pattern.test(seg));
        expect(rows.length, `${seg} under ${parent}`).toBeLessThanOrEqual(1);
      }
    }
    const types = new Set(SEGMENT_TYPES.map((t) => t.type));
    expect(types.size).toBe(SEGMENT_TYPES.length);
    for (const t of SEGMENT_TYPES) for (const u of t.under) expect(u === ROOT || types.has(u), `${t.type} under ${u}`).toBe(true);
    for (const t of SEGMENT_TYPES) expect(t.pattern.source.startsWith('^') && t.pattern.source.endsWith('$'), t.type).toBe(true);
  });
});
