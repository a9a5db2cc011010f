import { checkData, kabupatenOf, kindSpec } from '../../domain/records';
import type { Db } from '../db/types';
import { num } from '../db/types';
import { createCode } from '../admin/codes';
import { DEMO_CODES, type DemoCode } from './codes';
import { demoRecords } from './records';

export type { DemoCode };

/**
 * Loads the demo kabupaten and the demo codes into an empty database (no records, no codes).
 * Returns the codes it created, or null when the database already had data.
 */
export async function seedDemoIfEmpty(db: Db, log: (l: string) => void): Promise<DemoCode[] | null> {
  const [{ n }] = await db.query<{ n: unknown }>(
    'select (select count(*) from records) + (select count(*) from enrol_codes) as n',
  );
  if (num(n) > 0) return null;

  const now = new Date().toISOString();
  const good: Record<string, unknown>[] = [];
  const skipped: string[] = [];
  for (const r of demoRecords()) {
    const spec = kindSpec(r.kind);
    const c = checkData(r.kind, r.data);
    if (!spec || !c.ok) {
      skipped.push(r.kind);
      continue;
    }
    good.push({
      kab: kabupatenOf(r.addr), id: r.id, kind: r.kind, module: spec.module, addr: r.addr, parent: r.parent,
      data: c.data, updated_at: now,
    });
  }
  await db.tx(async (q) => {
    await q.query(
      `insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by)
       select r.kab, r.id, r.kind, r.module, r.addr, r.parent, r.data, false, nextval('change_seq'), r.updated_at, 'demo-seed'
       from jsonb_to_recordset($1::jsonb) as r(kab text, id text, kind text, module text, addr text, parent text, data jsonb, updated_at text)
       on conflict do nothing`,
      [JSON.stringify(good)],
    );
  });
  for (const c of DEMO_CODES) {
    const r = await createCode(db, { code: c.code, role: c.role, prefix: c.prefix, label: c.label, uses: null, demo: true });
    if (!r.ok) throw new Error(`demo code ${c.code}: ${r.message}`);
  }
  log(`[demo] seeded ${good.length} records and ${DEMO_CODES.length} enrolment codes`);
  if (skipped.length) log(`[demo] skipped ${skipped.length} records that no longer match their kind: ${[...new Set(skipped)].join(', ')}`);
  return DEMO_CODES;
}
