// Posyantek (Perbup Paser 2/2022): the board of six and its terms (board.ts), the business result
// split in whole rupiah (split.ts), the cash book's sums (cash.ts), report deadlines and states
// (deadlines.ts), the quarterly report built from the records (report.ts).
export * from './codes';
export * from './board';
export * from './split';
export * from './cash';
export * from './deadlines';
export * from './report';
