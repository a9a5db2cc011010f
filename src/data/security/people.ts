import type { KaderDb } from '../db';
import { newId } from '../ids';
import { FREE_TRIES, pinProblem, waitAfterFailures, type PinProblem } from '../../domain/security/pin-rules';
import { hashPin, PIN_ITERATIONS, randomBytes, sameText, toB64 } from './pin-hash';

// The people who use this phone (issue 17): a name and a PIN each, kept in `meta` (never synced:
// a PIN hash does not leave the phone). No people = no lock: a phone where nobody set a PIN works
// exactly as before.

export interface Person {
  id: string;
  name: string;
  /** The Posyandu's kader id, when the person is one of its listed kaders (the weighing's kader). */
  kaderId?: string;
  salt: string;
  hash: string;
  iterations: number;
  createdAt: string;
}

/** What screens may know of a person (no hash). */
export type PersonInfo = Pick<Person, 'id' | 'name' | 'kaderId'>;

const PEOPLE = 'people';
const GUARD = 'pinGuard';

interface Guard {
  /** Wrong PINs in a row on this phone. */
  failures: number;
  /** Epoch ms of the last wrong PIN. */
  lastFailAt: number;
}

export class PersonError extends Error {
  constructor(readonly problem: PinProblem | 'nameMissing' | 'nameTaken' | 'notFound') {
    super(problem);
    this.name = 'PersonError';
  }
}

export function info(p: Person): PersonInfo {
  return { id: p.id, name: p.name, ...(p.kaderId ? { kaderId: p.kaderId } : {}) };
}

async function all(db: KaderDb): Promise<Person[]> {
  return ((await db.meta.get(PEOPLE))?.value as Person[] | undefined) ?? [];
}

export async function listPeople(db: KaderDb): Promise<PersonInfo[]> {
  return (await all(db)).map(info);
}

export async function hasPeople(db: KaderDb): Promise<boolean> {
  return (await all(db)).length > 0;
}

async function secret(pin: string): Promise<Pick<Person, 'salt' | 'hash' | 'iterations'>> {
  const problem = pinProblem(pin);
  if (problem) throw new PersonError(problem);
  const salt = toB64(randomBytes(16));
  return { salt, hash: await hashPin(pin, salt, PIN_ITERATIONS), iterations: PIN_ITERATIONS };
}

export async function addPerson(db: KaderDb, input: { name: string; pin: string; kaderId?: string }, now = new Date()): Promise<PersonInfo> {
  const name = input.name.trim().slice(0, 80);
  if (!name) throw new PersonError('nameMissing');
  const s = await secret(input.pin);
  return db.transaction('rw', [db.meta], async () => {
    const people = await all(db);
    if (people.some((p) => p.name.toLocaleLowerCase('id') === name.toLocaleLowerCase('id'))) throw new PersonError('nameTaken');
    const p: Person = { id: newId(), name, ...(input.kaderId ? { kaderId: input.kaderId } : {}), ...s, createdAt: now.toISOString() };
    await db.meta.put({ key: PEOPLE, value: [...people, p] });
    return info(p);
  });
}

/** A new PIN for a person who is signed in (or was just re-enrolled after a forgotten PIN). */
export async function changePin(db: KaderDb, id: string, pin: string): Promise<void> {
  const s = await secret(pin);
  await db.transaction('rw', [db.meta], async () => {
    const people = await all(db);
    if (!people.some((p) => p.id === id)) throw new PersonError('notFound');
    await db.meta.put({ key: PEOPLE, value: people.map((p) => (p.id === id ? { ...p, ...s } : p)) });
    await db.meta.delete(GUARD);
  });
}

export async function removePerson(db: KaderDb, id: string): Promise<void> {
  await db.transaction('rw', [db.meta], async () => {
    const people = (await all(db)).filter((p) => p.id !== id);
    if (people.length) await db.meta.put({ key: PEOPLE, value: people });
    else await db.meta.bulkDelete([PEOPLE, GUARD]);
  });
}

export type PinCheck =
  | { ok: true; person: PersonInfo }
  | { ok: false; reason: 'wrong'; triesLeft: number; waitMs: number }
  | { ok: false; reason: 'wait'; waitMs: number }
  | { ok: false; reason: 'notFound' };

/**
 * Checks a PIN. While the phone makes the person wait (after FREE_TRIES wrong PINs) the PIN is
 * not even tried, so guessing during the wait gains nothing. The count survives a reload.
 */
export async function checkPin(db: KaderDb, id: string, pin: string, now = Date.now()): Promise<PinCheck> {
  const guard = ((await db.meta.get(GUARD))?.value as Guard | undefined) ?? { failures: 0, lastFailAt: 0 };
  const wait = waitAfterFailures(guard.failures);
  if (wait > 0) {
    const elapsed = now - guard.lastFailAt;
    // A clock turned back does not end the wait: it starts again.
    if (elapsed < 0) {
      await db.meta.put({ key: GUARD, value: { ...guard, lastFailAt: now } });
      return { ok: false, reason: 'wait', waitMs: wait };
    }
    if (elapsed < wait) return { ok: false, reason: 'wait', waitMs: wait - elapsed };
  }
  const person = (await all(db)).find((p) => p.id === id);
  if (!person) return { ok: false, reason: 'notFound' };
  if (sameText(await hashPin(pin, person.salt, person.iterations), person.hash)) {
    if (guard.failures) await db.meta.delete(GUARD);
    return { ok: true, person: info(person) };
  }
  const failures = guard.failures + 1;
  await db.meta.put({ key: GUARD, value: { failures, lastFailAt: now } satisfies Guard });
  return { ok: false, reason: 'wrong', triesLeft: Math.max(0, FREE_TRIES - failures), waitMs: waitAfterFailures(failures) };
}

/** The wait still running from earlier wrong PINs (0 = may try), e.g. after a reload. */
export async function pinWait(db: KaderDb, now = Date.now()): Promise<number> {
  const guard = ((await db.meta.get(GUARD))?.value as Guard | undefined) ?? { failures: 0, lastFailAt: 0 };
  const wait = waitAfterFailures(guard.failures);
  if (!wait) return 0;
  const elapsed = now - guard.lastFailAt;
  return elapsed < 0 ? wait : Math.max(0, wait - elapsed);
}
