import { create } from 'zustand';
import type { StorageProblem } from '../../data/storage';

/**
 * The storage problem the whole app is in (database blocked by an old tab, replaced by a newer
 * version, quota full). Shown as a banner above every tab until it clears; set from the Dexie
 * events in db-events.ts and from failed saves in useSaver.
 */
interface StorageNoticeState {
  problem: StorageProblem | null;
  set(problem: StorageProblem | null): void;
}

export const useStorageNotice = create<StorageNoticeState>((set) => ({
  problem: null,
  set: (problem) => set({ problem }),
}));

export function reportStorageProblem(problem: StorageProblem): void {
  // 'unknown' failures are explained by the toast of that one save; no sticky banner.
  if (problem === 'unknown') return;
  useStorageNotice.getState().set(problem);
}

export function clearStorageProblem(): void {
  useStorageNotice.getState().set(null);
}
