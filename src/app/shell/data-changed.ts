// "Records of these modules changed underneath the screens": sync (pulled records, enrolment
// re-addressing, a conflict's winner) announces it here, and the module stores and pages that
// show those records read again. Other tabs of the app hear it through a BroadcastChannel (only
// one tab syncs at a time). No polling: a refresh happens only when something changed.

import type { ModuleName } from '../../domain/records';

/** Every synced module (lkd too), so a new module's pulled records refresh its pages. */
export type DataModule = ModuleName;
type Listener = (modules: readonly DataModule[]) => void;

const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

function tell(modules: readonly DataModule[]) {
  for (const fn of [...listeners]) fn(modules);
}

function bus(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('kader-desa.data-changed') : null;
    if (channel) channel.onmessage = (e: MessageEvent) => Array.isArray(e.data) && tell(e.data as DataModule[]);
  }
  return channel;
}

/** Subscribes to changes; returns the unsubscribe function. */
export function onDataChanged(fn: Listener): () => void {
  bus();
  listeners.add(fn);
  return () => void listeners.delete(fn);
}

/** Announces changed modules to this tab and the app's other tabs. */
export function dataChanged(modules: readonly DataModule[]): void {
  if (!modules.length) return;
  tell(modules);
  bus()?.postMessage([...modules]);
}
