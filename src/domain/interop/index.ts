// Files exchanged with other tools (issue 16): e-PPGBM, OpenSID. Pure mappings; the XLSX reading
// and writing is in src/app/interop (lazy). Not re-exported from src/domain/index.ts, so none of
// this reaches the first screen.
export * from './cells';
export * from './eppgbm-columns';
export * from './eppgbm-words';
export * from './eppgbm-export';
export * from './eppgbm-import';
export * from './opensid-codes';
export * from './opensid';
