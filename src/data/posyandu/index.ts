// Read models and writes of the Posyandu module: units, register, the Posyandu day, SKDN, strata.
export * from './types';
export * from './context';
export * from './units';
export * from './register';
export * from './growth';
export * from './day';
export * from './skdn';
export * from './strata';
export * from './drafts';
export * from './services';
export * from './history';
export * from './snapshot';
