import { describe, expect, it } from 'vitest';
import { InvalidRecordError, saveRecord } from '../../../src/data/records';
import { child, newDb, POSY } from '../sync/helpers';

// The phone refuses an address the server would refuse, before anything is saved or queued.
describe('saveRecord checks the address grammar', () => {
  it.each([`${POSY}/..`, `${POSY}/`, '/', '/./.', `/../../64.11.05.2004/posyandu:melati`, '64.11.05.2003/rt/001', `${POSY}/rt:001`])(
    'refuses %j and writes nothing',
    async (addr) => {
      const db = newDb();
      const err = await saveRecord(db, { kind: 'posyandu.child', addr, data: child('Sari') }, { by: 'd' }).catch((e) => e);
      expect(err).toBeInstanceOf(InvalidRecordError);
      expect(err.reason).toMatch(/^posyandu\.child\.addr: /);
      expect(await db.records.count()).toBe(0);
      expect(await db.outbox.count()).toBe(0);
    },
  );

  it('accepts canonical and pre-enrolment local addresses', async () => {
    const db = newDb();
    for (const addr of [POSY, 'local/posyandu:L1', 'local']) {
      await saveRecord(db, { kind: 'posyandu.child', addr, data: child('Sari') }, { by: 'd' });
    }
    expect(await db.outbox.count()).toBe(3);
  });
});
