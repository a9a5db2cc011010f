import { create } from 'zustand';
import { getDb } from '../../data';
import { listPosts, loadPost, posyantekContext, type Post, type PostBooks, type PosyantekContext } from '../../data/posyantek';
import { covers } from '../../domain/records';
import { onDataChanged } from '../shell/data-changed';

/** Each read gets a number; only the latest one started may set the state (reads overlap). */
let reads = 0;

/**
 * The Posyantek(s) this phone keeps and each one's books (one post per desa or kecamatan, so a
 * phone holds one, or a handful when not enrolled), loaded once and shared by every Posyantek
 * page. A save calls reload().
 */
interface PosyantekState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  ctx: PosyantekContext | null;
  /** The posts this phone shows: its place's own first. */
  posts: Post[];
  books: Record<string, PostBooks>;
  load(): Promise<void>;
  reload(): Promise<void>;
}

export const usePosyantek = create<PosyantekState>((set, get) => ({
  status: 'idle',
  error: null,
  ctx: null,
  posts: [],
  books: {},
  async load() {
    if (get().status !== 'idle') return;
    await get().reload();
  },
  async reload() {
    if (get().status === 'idle') set({ status: 'loading' });
    const mine = ++reads;
    try {
      const db = getDb();
      const ctx = await posyantekContext(db);
      // A phone enrolled for another module (a kader's, an RT head's) keeps no Posyantek.
      const posts = ctx.placeAddr === null && ctx.role ? [] : await listPosts(db, ctx.readPrefix ?? undefined);
      const mineFirst = ctx.placeAddr ? [...posts].sort((a, b) => Number(!covers(ctx.placeAddr!, a.addr)) - Number(!covers(ctx.placeAddr!, b.addr))) : posts;
      const books: Record<string, PostBooks> = {};
      for (const p of mineFirst) {
        const b = await loadPost(db, p.id);
        if (b) books[p.id] = b;
      }
      if (mine === reads) set({ status: 'ready', ctx, posts: mineFirst, books, error: null });
    } catch (error) {
      if (mine === reads) set({ status: 'error', error });
    }
  },
}));

/** The books of one post, by the route's :postId. */
export const usePostBooks = (postId: string | undefined): PostBooks | undefined => usePosyantek((s) => (postId ? s.books[postId] : undefined));

// Sync brought Posyantek records (or an enrolment): open pages show them without a reload.
onDataChanged((modules) => {
  if (modules.includes('posyantek') && usePosyantek.getState().status !== 'idle') void usePosyantek.getState().reload();
});
