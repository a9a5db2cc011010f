import 'fake-indexeddb/auto';
import { KaderDb } from '../../../src/data/db';
import { newId } from '../../../src/data/ids';
import type { WriteContext } from '../../../src/data/records';
import type { PersonData } from '../../../src/domain/records/rt';
import { saveRtUnit } from '../../../src/data/rt/unit';
import { saveHousehold, savePerson } from '../../../src/data/rt/operations';

// Test helpers only: a fresh database per test, a fixed clock, and people built from a few fields.

export function freshDb(): KaderDb {
  return new KaderDb(`rt-test-${newId()}`);
}

/** A clock the test moves by hand, so "recorded after the report was sent" is deterministic. */
export function clock(start = '2026-01-05T08:00:00.000Z') {
  let now = new Date(start);
  const ctx: WriteContext = { by: 'dev-test', now: () => now };
  return { ctx, set: (iso: string) => { now = new Date(iso); } };
}

export function person(name: string, sex: 'L' | 'P', birthDate: string, extra: Partial<PersonData> = {}): PersonData {
  return { name, sex, birthDate, citizenship: 'WNI', residency: 'tetap', documents: { kk: true, akta: true, ktpEl: true }, ...extra };
}

/** An RT whose book opened on 1 Jan 2026 with `households` households of the given member lists. */
export async function setupRt(db: KaderDb, ctx: WriteContext, households: PersonData[][]) {
  const unit = await saveRtUnit(db, { desaCode: '64.11.05.2003', desaName: 'Sumber Sari', rtNo: '001', bookStart: '2026-01-01' }, ctx);
  const addr = unit.addr;
  const hh = [];
  for (const [i, members] of households.entries()) {
    const h = await saveHousehold(db, addr, { address: `Jl. Mawar ${i + 1}` }, ctx);
    const ps = [];
    for (const m of members) ps.push(await savePerson(db, addr, h.id, m, ctx));
    await saveHousehold(db, addr, { address: h.data.address, headPersonId: ps[0]?.id }, ctx, h.id);
    hh.push({ household: h, people: ps });
  }
  return { unit, addr, hh };
}
