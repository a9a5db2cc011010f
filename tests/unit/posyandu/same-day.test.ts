import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../../src/server/app';
import { SyncEngine } from '../../../src/sync';
import { getRecord } from '../../../src/data/records';
import {
  AlreadyWeighedError, childHistory, childVisits, loadRegister, localToday, resolveSameDayVisits, saveVisit,
  type Child, type VisitData,
} from '../../../src/data/posyandu';
import { dayStatus } from '../../../src/data/posyandu/worklist';
import { loadWhoTables } from '../../../src/domain';
import { DEMO_CODES } from '../../../src/server/demo/codes';
import { newDb } from '../sync/helpers';

// Issue 13 item 4: one weighing per child per day. On one phone a second weighing of the same
// day is refused (the day page opens the first one to correct instead). Two phones weighing the
// same child the same day both keep their row (append mode), see both after sync and are asked
// which is right; the choice syncs, and two opposite choices made at once never lose the day.

const PREFIX = DEMO_CODES.find((c) => c.code === 'KADER-MAWAR')!.prefix;
const TODAY = localToday();
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  await loadWhoTables();
  dir = mkdtempSync(join(tmpdir(), 'kader-sameday-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir: dir, seedDemo: true, log: () => undefined });
}, 300_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function phone() {
  const db = newDb();
  const engine = new SyncEngine({ db, fetch: (u, i) => fetch(u, i), serverUrl: server.url });
  await engine.enroll('KADER-MAWAR');
  expect(await engine.syncOnce()).toMatchObject({ ok: true });
  return { db, engine };
}

type Phone = Awaited<ReturnType<typeof phone>>;

const childOn = async (p: Phone, id: string) => (await getRecord(p.db, id)) as Child;
const todays = async (p: Phone, childId: string) => {
  const reg = await loadRegister(p.db, PREFIX);
  return { status: dayStatus(reg, TODAY), rows: (reg.visitsByChild.get(childId) ?? []).filter((v) => v.data.date === TODAY) };
};
const sync = async (...phones: Phone[]) => {
  for (const p of phones) expect(await p.engine.syncOnce()).toMatchObject({ ok: true });
};

describe('one weighing per child per day', () => {
  it('a second weighing on one phone is refused and writes nothing; a correction replaces the first with every field', async () => {
    const a = await phone();
    const c = await childOn(a, 'demo-child-mawar-1');
    const first = await saveVisit(a.db, c, { date: TODAY, weightKg: 9.1, lengthCm: 75.2, position: 'lying', services: { vitaminA: 'merah', immunisations: ['MR1'] }, kaderName: 'Bu Sari' });
    const outbox = await a.db.outbox.count();
    const err = await saveVisit(a.db, c, { date: TODAY, weightKg: 9.3, kaderName: 'Bu Sari' }).catch((e) => e);
    expect(err).toBeInstanceOf(AlreadyWeighedError);
    expect((err as AlreadyWeighedError).existing.map((v) => v.id)).toEqual([first.id]);
    expect(await a.db.outbox.count()).toBe(outbox);
    expect((await todays(a, c.id)).rows.map((v) => v.id)).toEqual([first.id]);

    const fixed = await saveVisit(a.db, c, { date: TODAY, weightKg: 9.3, lengthCm: 75.2, position: 'lying', services: { vitaminA: 'merah', immunisations: ['MR1'] }, kaderName: 'Bu Lastri', replaces: first.id });
    expect((await todays(a, c.id)).rows.map((v) => v.id)).toEqual([fixed.id]);
    // The register carries the work list's services; the history names the person.
    expect((await todays(a, c.id)).rows[0].data.services).toEqual({ vitaminA: 'merah', immunisations: ['MR1'] });
    const history = await childHistory(a.db, c, await childVisits(a.db, c.id));
    expect(history.find((h) => h.recordId === first.id)).toMatchObject({ action: 'deleted', byName: 'Bu Lastri' });
  }, 120_000);

  it('two phones, same child, same day: both rows survive sync, both phones are asked, the choice syncs', async () => {
    const a = await phone();
    const b = await phone();
    const id = 'demo-child-mawar-2';
    const va = await saveVisit(a.db, await childOn(a, id), { date: TODAY, weightKg: 12.0, notes: 'timbangan dacin', kaderName: 'Bu Sari' });
    const vb = await saveVisit(b.db, await childOn(b, id), { date: TODAY, weightKg: 12.4, lengthCm: 88, position: 'standing', services: { referral: true, referralReason: 'BGM', immunisations: ['MR1'] }, kaderName: 'Bu Lastri' });
    await sync(a, b, a);
    for (const p of [a, b]) {
      const { status, rows } = await todays(p, id);
      expect(status.doubles).toEqual([id]);
      expect(rows.map((r) => r.id).sort()).toEqual([va.id, vb.id].sort());
    }

    // Phone A's kader says B's weighing is right: a new row with all of B's data, A's row tombstoned.
    const kept = await resolveSameDayVisits(a.db, await childOn(a, id), vb.id, [va.id], 'Bu Yanti');
    expect(kept.data).toMatchObject({ weightKg: 12.4, lengthCm: 88, position: 'standing', services: { referral: true, referralReason: 'BGM' }, kaderName: 'Bu Lastri', replaces: vb.id });
    await sync(a, b);
    for (const p of [a, b]) {
      const { status, rows } = await todays(p, id);
      expect(status.doubles).toEqual([]);
      expect(rows.map((r) => r.id)).toEqual([kept.id]);
      // The register's cached columns follow the pull, with the work list's services.
      expect(rows[0].data).toMatchObject({ weightKg: 12.4, services: { referral: true, immunisations: ['MR1'] } });
      expect(((await getRecord<VisitData>(p.db, kept.id))!.data)).toMatchObject({ weightKg: 12.4, kaderName: 'Bu Lastri' });
      // The row not chosen is a tombstone, its data kept.
      expect(await p.db.records.get(va.id)).toMatchObject({ deleted: true, data: { weightKg: 12.0, notes: 'timbangan dacin' } });
    }
  }, 180_000);

  it('two opposite choices made at the same time leave both weighings to choose from, never none', async () => {
    const a = await phone();
    const b = await phone();
    const id = 'demo-child-mawar-3';
    const va = await saveVisit(a.db, await childOn(a, id), { date: TODAY, weightKg: 14.0, kaderName: 'Bu Sari' });
    const vb = await saveVisit(b.db, await childOn(b, id), { date: TODAY, weightKg: 14.6, kaderName: 'Bu Lastri' });
    await sync(a, b, a);
    // Offline, each kader keeps her own.
    await resolveSameDayVisits(a.db, await childOn(a, id), va.id, [vb.id], 'Bu Sari');
    await resolveSameDayVisits(b.db, await childOn(b, id), vb.id, [va.id], 'Bu Lastri');
    await sync(a, b, a);
    for (const p of [a, b]) {
      const { status, rows } = await todays(p, id);
      expect(status.doubles).toEqual([id]);
      expect(rows.map((r) => r.data.weightKg).sort()).toEqual([14.0, 14.6]);
    }
  }, 180_000);
});
