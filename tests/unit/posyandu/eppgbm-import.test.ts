import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegister } from '../../../src/data/posyandu';
import { applyEppgbmImport } from '../../../src/data/posyandu/import';
import { loadWhoTables } from '../../../src/domain';
import { planEppgbmImport } from '../../../src/domain/interop';
import { DIRTY_NEW_LAYOUT } from '../../fixtures/interop/eppgbm-dirty';
import { freshDb, setupUnit } from './helpers';

beforeAll(async () => {
  await loadWhoTables();
});

describe('e-PPGBM import into a Posyandu (issue 16 item 2)', () => {
  it('the good rows become children and weighings; a second import of the same file adds nothing', async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    const plan = planEppgbmImport(DIRTY_NEW_LAYOUT, '2026-01-31');
    const first = await applyEppgbmImport(db, unit.addr, plan, { today: '2026-01-31' });
    expect(first).toMatchObject({ childrenNew: 4, childrenFound: 0, visitsNew: 5, visitsAlready: 0, failed: [] });
    let reg = await loadRegister(db, unit.addr);
    expect(reg.children.map((c) => c.data.name).sort()).toEqual(['Ani Lestari', 'Bayu Pratama', 'Citra', 'Dimas']);
    const ani = reg.children.find((c) => c.data.name === 'Ani Lestari')!;
    expect(reg.visitsByChild.get(ani.id)!.map((v) => v.data.date)).toEqual(['2025-12-13', '2026-01-13']);
    const again = await applyEppgbmImport(db, unit.addr, planEppgbmImport(DIRTY_NEW_LAYOUT, '2026-01-31'), { today: '2026-01-31' });
    expect(again).toMatchObject({ childrenNew: 0, childrenFound: 4, visitsNew: 0, visitsAlready: 5 });
    reg = await loadRegister(db, unit.addr);
    expect(reg.children).toHaveLength(4);
    expect([...reg.visitsByChild.values()].flat()).toHaveLength(5);
  });
});
