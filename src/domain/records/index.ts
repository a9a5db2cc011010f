// Synced record kinds: the envelope every record has, its address (scope + shard key), and the
// per-kind data schemas. Shared by the phone (validation before save) and the server (validation
// of every pushed change).
export * from './address';
export * from './envelope';
export * from './common';
export * from './registry';
export * from './issues';
export { posyanduKinds } from './posyandu';
export { ilpKinds, ILP_MATERNAL_STAGES, DANGER_SIGN_CODES, SKILAS_CODES } from './ilp';
export { rtKinds } from './rt';
export { dasawismaKinds } from './dasawisma';
export { lkdKinds } from './lkd';
export { configKinds } from './config';
export { childRecordOf, strataInputs, type PosyanduStrataSources } from './posyandu-inputs';
export { resolveChains, latestInChain, bookEvents, type Chain, type ChainFields, type BookPerson, type BookEvent } from './rt-inputs';
