import type { KaderDb } from '../db';

/** A device in the caller's scope, as the sync engine stores it from the pull response. */
interface Peer {
  deviceId: string;
  lastSyncAt: string | null;
}

/**
 * Last sync of the phones that write a group's records. The pull response lists peers without
 * their scope, so a group's phone is recognised by the device ids in its records' `updatedBy`.
 * Returns undefined when the phone has never received the peer list (shown as "belum diketahui").
 */
export async function loadPeerSync(db: KaderDb): Promise<Map<string, string | null> | undefined> {
  const row = await db.meta.get('peers');
  const value = row?.value as Peer[] | { peers?: Peer[] } | undefined;
  const list = Array.isArray(value) ? value : value?.peers;
  if (!list) return undefined;
  return new Map(list.map((p) => [p.deviceId, p.lastSyncAt]));
}

export function lastSyncOf(peers: Map<string, string | null> | undefined, deviceIds: Iterable<string>): string | null | undefined {
  if (!peers) return undefined;
  let best: string | null = null;
  for (const id of deviceIds) {
    const at = peers.get(id);
    if (at && (!best || at > best)) best = at;
  }
  return best;
}
