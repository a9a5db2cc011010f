import type { PushRequest, PushResponse } from '../../sync/protocol';
import type { Device } from '../auth/devices';
import { checkChange } from './scope';
import type { PushGroups } from './push-group';

// A push batch: validated here, once per change (validation does not depend on the database),
// then written by the push scheduler (push-group.ts) together with the batches of other devices
// that arrive while a write runs, through the fast statement (new append rows only, push-fast.ts)
// or the general transaction (push-tx.ts). docs/sync-protocol.md, "Push".

export function applyPush(groups: PushGroups, device: Device, req: PushRequest): Promise<PushResponse> {
  // A replayed change is checked too, for nothing, but replays are rare and this keeps one order.
  const checks = req.changes.map((ch) => checkChange(device.scope, ch.record));
  return groups.submit({ device, req, checks });
}
