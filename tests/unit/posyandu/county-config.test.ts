import { beforeAll, describe, expect, it } from 'vitest';
import type { SyncRecord } from '../../../src/domain/records';
import { loadRegister, saveChild, saveVisit, skdnReport, strataProfileFor } from '../../../src/data/posyandu';
import { loadWhoTables, KBM_KMS_2010, type KbmTable } from '../../../src/domain';
import { child, freshDb, setupUnit } from './helpers';

beforeAll(async () => {
  await loadWhoTables();
});

/** A config record as it arrives from the county by pull (written by the sync engine, not a screen). */
function pulled<D>(id: string, kind: string, data: D, version: number): SyncRecord<D> {
  return { id, kind, addr: '64.11', parent: null, data, deleted: false, version, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'county-dev' };
}

describe('county configuration on the phone', () => {
  it("judges N/T with the county's KBM table and uses the county's strata profile once they have synced", async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    const c = await saveChild(db, { addr: unit.addr, children: [] }, child('Rina', 'P', '2024-01-05'));
    // 10.0 → 10.3 kg at 13 months: 300 g ≥ 200 g (KMS 2010) is N.
    await saveVisit(db, c, { date: '2025-01-10', weightKg: 10.0 }, '2025-03-01');
    await saveVisit(db, c, { date: '2025-02-10', weightKg: 10.3 }, '2025-03-01');
    expect(skdnReport(await loadRegister(db, unit.addr), '2025-02').skdn.N).toBe(1);
    expect(await strataProfileFor(db, unit)).toEqual({ profile: unit.data.strataProfile ?? 'nasional', source: 'local' });

    const strict: KbmTable = { ...KBM_KMS_2010, id: 'kbm-county-test', version: 2, bands: KBM_KMS_2010.bands.map((b) => (b.fromMonths === 12 ? { ...b, grams: 400 } : b)) };
    await db.records.bulkPut([
      pulled('cfg-kbm', 'config.kbm', strict, 10),
      pulled('cfg-old', 'config.county', { strataProfile: 'nasional', version: 1 }, 5),
      pulled('cfg-new', 'config.county', { strataProfile: 'prangat-selatan-2025', version: 2 }, 11),
    ]);
    const report = skdnReport(await loadRegister(db, unit.addr), '2025-02');
    expect([report.skdn.N, report.skdn.T]).toEqual([0, 1]);
    expect(await strataProfileFor(db, unit)).toEqual({ profile: 'prangat-selatan-2025', source: 'county' });
  });
});
