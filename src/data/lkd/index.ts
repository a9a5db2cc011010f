// Village institutions (LKD) on the phone: which desa this phone keeps (context.ts), its boards and
// the RT books they are judged with, read in one go (load.ts), and the writes (write.ts).
export * from './context';
export * from './load';
export * from './write';
