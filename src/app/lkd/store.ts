import { create } from 'zustand';
import { getDb } from '../../data';
import { lkdContext, loadDesaBooks, type DesaBooks, type LkdContext } from '../../data/lkd';
import { onDataChanged } from '../shell/data-changed';

/** Each read gets a number; only the latest one started may set the state (reads overlap). */
let reads = 0;

/**
 * The desa's institutions and the RT books they are judged with, loaded once and shared by every
 * Desa page (a desa of a few thousand people fits in memory). A save calls reload().
 */
interface LkdState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  ctx: LkdContext | null;
  books: DesaBooks | null;
  load(): Promise<void>;
  reload(): Promise<void>;
}

export const useLkd = create<LkdState>((set, get) => ({
  status: 'idle',
  error: null,
  ctx: null,
  books: null,
  async load() {
    if (get().status !== 'idle') return;
    await get().reload();
  },
  async reload() {
    if (get().status === 'idle') set({ status: 'loading' });
    const mine = ++reads;
    try {
      const db = getDb();
      const ctx = await lkdContext(db);
      const books = ctx.readPrefix ? await loadDesaBooks(db, ctx.readPrefix) : null;
      if (mine === reads) set({ status: 'ready', ctx, books, error: null });
    } catch (error) {
      if (mine === reads) set({ status: 'error', error });
    }
  },
}));

// Sync brought boards or RT books (or an enrolment): open Desa pages show it without a reload.
onDataChanged((modules) => {
  if ((modules.includes('lkd') || modules.includes('rt')) && useLkd.getState().status !== 'idle') void useLkd.getState().reload();
});
