import type { PersonInfo } from './people';
import { setProfileRecorderSource } from '../recorder';

// Who is signed in on this phone right now: held in memory only, so a reload or an app kill asks
// for the PIN again. Every write names this person (records.ts) and the Posyandu day takes its
// recorder from here instead of the per-day choice (recorder.ts).

let current: PersonInfo | null = null;
const listeners = new Set<(p: PersonInfo | null) => void>();

export function signedIn(): PersonInfo | null {
  return current;
}

export function signIn(p: PersonInfo | null): void {
  current = p;
  setProfileRecorderSource(p ? async () => (current ? { name: current.name, ...(current.kaderId ? { kaderId: current.kaderId } : {}) } : null) : null);
  for (const fn of listeners) fn(p);
}

export function onSignedIn(fn: (p: PersonInfo | null) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
