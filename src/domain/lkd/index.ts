// Village institutions (LKD, Perdes Prangat Selatan 2/2025): the Perdes as data (rules.ts), the
// people of the RT books on a day (people.ts), boards judged with the article cited (evaluate.ts),
// Karang Taruna membership from the RT books (karang-taruna.ts), counts for lists and the county.
export * from './rules';
export * from './age';
export * from './people';
export * from './evaluate';
export * from './karang-taruna';
export * from './summary';
export * from './inputs';
