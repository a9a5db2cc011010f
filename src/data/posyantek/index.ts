// Posyantek data: what one post keeps (load.ts) and its writes (write.ts); which posts this phone keeps (context.ts).
export * from './load';
export * from './write';
export * from './context';
