import { create } from 'zustand';
import { getDb } from '../../data';
import { buildRegister, currentRtUnit, loadBooks, type Register, type RtBooks, type RtUnit } from '../../data/rt';
import { onDataChanged } from '../shell/data-changed';

/** Each read gets a number; only the latest one started may set the state (reads overlap). */
let reads = 0;

/**
 * The open RT's books, loaded once and shared by every RT page (600 people fit in memory; every
 * search and count runs on this copy). A save calls reload() so pages see it at once.
 */
interface RtState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  unit: RtUnit | null;
  books: RtBooks | null;
  reg: Register | null;
  load(): Promise<void>;
  reload(): Promise<void>;
}

export const useRt = create<RtState>((set, get) => ({
  status: 'idle',
  error: null,
  unit: null,
  books: null,
  reg: null,
  async load() {
    if (get().status !== 'idle') return;
    await get().reload();
  },
  async reload() {
    if (get().status === 'idle') set({ status: 'loading' });
    const mine = ++reads;
    try {
      const db = getDb();
      const unit = await currentRtUnit(db);
      const books = unit ? await loadBooks(db, unit.addr) : null;
      if (mine === reads) set({ status: 'ready', unit, books, reg: books ? buildRegister(books) : null, error: null });
    } catch (error) {
      if (mine === reads) set({ status: 'error', error });
    }
  },
}));

// Sync changed the books (a pull, an enrolment): open RT pages show it without a reload. A store
// never loaded reads on first open anyway.
onDataChanged((modules) => {
  if (modules.includes('rt') && useRt.getState().status !== 'idle') void useRt.getState().reload();
});
