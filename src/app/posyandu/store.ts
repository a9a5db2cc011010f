import { create } from 'zustand';
import { getDb } from '../../data';
import { byDateThenId, currentUnit, loadRegister, pickUnit, type Child, type Register, type Unit, type Visit } from '../../data/posyandu';
import { loadWhoTables } from '../../domain';

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
  pick(unitId: string): Promise<void>;
  setUnit(unit: Unit): void;
  putChild(child: Child): void;
  putVisit(visit: Visit): void;
}

let inflight: Promise<void> | null = null;

export const usePosyandu = create<PosyanduState>((set, get) => ({
  status: 'idle',
  error: null,
  unit: null,
  units: [],
  reg: null,
  async load(force = false) {
    if (!force && get().status === 'ready') return;
    if (inflight) return inflight;
    set({ status: 'loading' });
    inflight = (async () => {
      try {
        const db = getDb();
        const [{ unit, units }] = await Promise.all([currentUnit(db), loadWhoTables()]);
        const reg = unit ? await loadRegister(db, unit.addr) : null;
        set({ status: 'ready', unit, units, reg, error: null });
      } catch (error) {
        set({ status: 'error', error });
      } finally {
        inflight = null;
      }
    })();
    return inflight;
  },
  async pick(unitId) {
    await pickUnit(getDb(), unitId);
    await get().load(true);
  },
  setUnit(unit) {
    const units = [...get().units.filter((u) => u.id !== unit.id), unit];
    if (get().unit?.id !== unit.id) {
      set({ unit, units, status: 'idle' });
      void get().load(true);
    } else set({ unit, units });
  },
  putChild(child) {
    const reg = get().reg;
    if (!reg) return;
    const children = [...reg.children.filter((c) => c.id !== child.id), child].sort((a, b) => a.data.name.localeCompare(b.data.name, 'id'));
    set({ reg: { ...reg, children } });
  },
  putVisit(visit) {
    const reg = get().reg;
    if (!reg) return;
    const visitsByChild = new Map(reg.visitsByChild);
    const replaced = visit.data.replaces;
    const list = (visitsByChild.get(visit.data.childId) ?? []).filter((v) => v.id !== replaced);
    visitsByChild.set(visit.data.childId, [...list, visit].sort(byDateThenId));
    set({ reg: { ...reg, visitsByChild } });
  },
}));

export function childById(reg: Register | null, id: string | undefined): Child | undefined {
  return id ? reg?.children.find((c) => c.id === id) : undefined;
}
