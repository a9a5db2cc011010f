import { create } from 'zustand';
import { getDb } from '../../data';
import { byDateThenId, currentUnit, loadRegister, pickUnit, type Child, type Register, type Unit, type Visit } from '../../data/posyandu';
import { loadWhoTables } from '../../domain/growth';
import { onDataChanged } from '../shell/data-changed';

/**
 * The open Posyandu and its register, loaded once into memory: search, the day list, SKDN and
 * charts then run without touching IndexedDB. Saves update the memory copy in place.
 */
interface PosyanduState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  unit: Unit | null;
  units: Unit[];
  reg: Register | null;
  load(force?: boolean): Promise<void>;
  /** Reads again without a spinner (sync changed the records); nothing if never loaded. */
  refresh(): Promise<void>;
  pick(unitId: string): Promise<void>;
  setUnit(unit: Unit): void;
  putChild(child: Child): void;
  /** a saved visit; the rows it replaced or settled (`removed`) leave the register */
  putVisit(visit: Visit, removed?: readonly string[]): void;
}

let inflight: Promise<void> | null = null;
/** Bumped by every in-memory update (a save): a read that started before it is stale. */
let edits = 0;
/** Something changed while a read was running: read once more. */
let again = false;

async function read() {
  const db = getDb();
  const [{ unit, units }] = await Promise.all([currentUnit(db), loadWhoTables()]);
  const reg = unit ? await loadRegister(db, unit.addr) : null;
  return { unit, units, reg };
}

export const usePosyandu = create<PosyanduState>((set, get) => {
  /** Reads until a read finishes with nothing changed meanwhile; one at a time. */
  function run(): Promise<void> {
    if (inflight) {
      again = true;
      return inflight;
    }
    inflight = (async () => {
      try {
        for (;;) {
          again = false;
          const before = edits;
          const next = await read();
          if (again || edits !== before) continue;
          set({ status: 'ready', ...next, error: null });
          return;
        }
      } catch (error) {
        set({ status: 'error', error });
      } finally {
        inflight = null;
      }
    })();
    return inflight;
  }
  return {
    status: 'idle',
    error: null,
    unit: null,
    units: [],
    reg: null,
    async load(force = false) {
      if (!force && get().status === 'ready') return;
      // A read already running may have started before a pick: run() reads once more after it.
      if (!inflight) set({ status: 'loading' });
      return run();
    },
    async refresh() {
      if (get().status === 'idle') return;
      return run();
    },
    async pick(unitId) {
      await pickUnit(getDb(), unitId);
      await get().load(true);
    },
    setUnit(unit) {
      edits++;
      const units = [...get().units.filter((u) => u.id !== unit.id), unit];
      if (get().unit?.id !== unit.id) {
        set({ unit, units, status: 'idle' });
        void get().load(true);
      } else set({ unit, units });
    },
    putChild(child) {
      edits++;
      const reg = get().reg;
      if (!reg) return;
      const children = [...reg.children.filter((c) => c.id !== child.id), child].sort((a, b) => a.data.name.localeCompare(b.data.name, 'id'));
      set({ reg: { ...reg, children } });
    },
    putVisit(visit, removed = []) {
      edits++;
      const reg = get().reg;
      if (!reg) return;
      const visitsByChild = new Map(reg.visitsByChild);
      const gone = new Set([...removed, ...(visit.data.replaces ? [visit.data.replaces] : [])]);
      const list = (visitsByChild.get(visit.data.childId) ?? []).filter((v) => !gone.has(v.id));
      visitsByChild.set(visit.data.childId, [...list, visit].sort(byDateThenId));
      set({ reg: { ...reg, visitsByChild } });
    },
  };
});

// Sync changed the records (a pull, an enrolment): open pages show it without a reload.
onDataChanged((modules) => {
  if (modules.includes('posyandu') || modules.includes('config')) void usePosyandu.getState().refresh();
});

export function childById(reg: Register | null, id: string | undefined): Child | undefined {
  return id ? reg?.children.find((c) => c.id === id) : undefined;
}
