// Posyandu for every life stage (ILP): the rules the stage registers compute with. Every threshold
// is a versioned data table ({ id, version, source, ... }) with a pure classifier beside it.
export * from './stage';
export * from './pregnancy';
export * from './kpsp';
export * from './anaemia';
export * from './ttd';
export * from './anthropometry';
export * from './bloodPressure';
export * from './glucose';
export * from './elderly';
export * from './referral';
export * from './assess';
