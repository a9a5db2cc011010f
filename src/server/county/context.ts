import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../db/types';
import type { Device, DeviceAuth } from '../auth/devices';
import type { ReportService } from './report-service';

// What every county handler gets. Its own file, so the handlers and the route table that lists
// them both depend on it and never on each other (routes → handlers → context).

export interface CountyDeps {
  db: Db;
  auth: DeviceAuth;
  log: (line: string) => void;
  reports: ReportService;
  /** Records of this kabupaten were written (the background report refresh, report-refresher.ts). */
  written?: (kab: string) => void;
}

export type Ctx = { req: IncomingMessage; res: ServerResponse; device: Device; deps: CountyDeps; params: string[] };
