import { setPinHint } from '../shell/lock-state';

// After the sync engine wiped the database of a revoked phone (data/wipe.ts): the app's caches go
// too, and the next start says what happened (shell/LockGate.tsx reads the mark).

export const REVOKED_MARK = 'kader-desa.revoked';

export async function finishWipe(): Promise<void> {
  try {
    const names = await globalThis.caches?.keys();
    await Promise.all((names ?? []).map((n) => caches.delete(n)));
  } catch {
    // No Cache Storage here: nothing to clear.
  }
  try {
    // Every key of ours but the language (it holds no data and the notice must be readable).
    for (const k of Object.keys(localStorage)) if (k.startsWith('kader-desa.') && k !== 'kader-desa.lang') localStorage.removeItem(k);
    sessionStorage.clear();
    localStorage.setItem(REVOKED_MARK, new Date().toISOString());
  } catch {
    // Storage blocked: the database is gone all the same.
  }
  setPinHint(false);
  globalThis.location?.reload();
}
