// The county endpoint: one process serving the built app and the sync API, storage on PGlite or
// PostgreSQL behind one interface. See README.md in this folder for the decisions.
export { startServer, type ServerOptions, type RunningServer } from './app';
export type { Db, Queryable, DbKind } from './db/types';
export { openDb, type OpenDbOptions } from './db/open';
export { MIGRATIONS, migrate } from './db/migrations';
export { createCode, listCodes, revokeCode, type CreateCodeInput, type CodeInfo } from './admin/codes';
export { listDevices, revokeDevice, type DeviceInfo } from './admin/devices';
export { ROLE_MODULES, makeScope } from './admin/roles';
export { DEMO_CODES, demoCodeTable, type DemoCode } from './demo/codes';
export { canSee, scopeSql, checkChange } from './sync/scope';
export { rowToRecord, RECORD_COLS, type RecordRow } from './sync/rows';
