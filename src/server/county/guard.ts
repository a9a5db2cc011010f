import type { IncomingMessage } from 'node:http';
import type { Device, DeviceAuth } from '../auth/devices';
import { HttpError } from '../http/body';

// Every county endpoint: a valid token (401 otherwise) of a device enrolled with role 'county'
// (403 otherwise). Its kabupaten is then the only one the request reads or changes: every query
// below filters by device.kab, and ids from the URL are looked up within it.
export async function countyDevice(auth: DeviceAuth, req: IncomingMessage): Promise<Device> {
  const a = await auth.check(req.headers.authorization);
  if (!a.ok) throw new HttpError(401, 'unauthorized', a.reason);
  if (a.device.role !== 'county' || a.device.scope.prefix !== a.device.kab) {
    throw new HttpError(403, 'forbidden', 'county endpoints need a device enrolled with role county');
  }
  return a.device;
}
