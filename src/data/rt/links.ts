import type { KaderDb } from '../db';
import { getRecord, listRecords } from '../records';
import { balitaAge, indexChild } from '../../domain/kms';
import { monthIndex } from '../../domain/dates';
import type { Month } from '../../domain/types';
import type { PersonData } from '../../domain/records/rt';
import type { Person } from './books';
import { loadBooks } from './books';
import { buildRegister } from './register';

// Read helpers for other modules (Posyandu, dasawisma): one person is one record, linked by the
// rt.person id or found by NIK. They work whether or not the person is in the RT books.

export async function getPerson(db: KaderDb, id: string): Promise<Person | undefined> {
  const r = await getRecord<PersonData>(db, id);
  return r?.kind === 'rt.person' ? r : undefined;
}

/** The RT person with this NIK, if the RT books on this phone hold one (under `addrPrefix` if given). */
export async function findPersonByNik(db: KaderDb, nik: string, addrPrefix?: string): Promise<Person | undefined> {
  if (!/^\d{16}$/.test(nik)) return undefined;
  const people = await listRecords<PersonData>(db, 'rt.person', addrPrefix);
  return people.find((p) => p.data.nik === nik);
}

/**
 * Balita in the RT books of the given RTs for `month`, counted as SKDN counts S (the domain's
 * balitaAge: born by the month's last day, under 60 months on its first day, not gone before it),
 * so a Posyandu can set its S beside what the RT heads hold.
 */
export async function countBalitaInRts(db: KaderDb, rtAddrs: string[], month: Month): Promise<{ total: number; byRt: Record<string, number> }> {
  const mi = monthIndex(month);
  const byRt: Record<string, number> = {};
  let total = 0;
  for (const addr of rtAddrs) {
    const reg = buildRegister(await loadBooks(db, addr));
    let n = 0;
    for (const r of reg.rows) {
      const { residence, person } = r;
      // Arrived after the month: not here yet (births are handled by the birth date itself).
      if (residence.since && monthIndex(residence.since) > mi) continue;
      const leftDate = residence.state === 'aktif' ? undefined : residence.until;
      const child = { id: person.id, sex: person.data.sex, birthDate: person.data.birthDate, hasKms: false, weighings: [], leftDate };
      if (balitaAge(indexChild(child), mi) !== null) n++;
    }
    byRt[addr] = n;
    total += n;
  }
  return { total, byRt };
}
