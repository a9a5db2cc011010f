// RT books (buku induk, mutasi, nonpermanen, rekapitulasi) on the phone: book operations that
// write through the record repository, and read models built from one load of an RT's books.
export * from './books';
export * from './context';
export * from './unit';
export * from './entries';
export * from './register';
export * from './operations';
export * from './recap';
export * from './report';
export * from './notices';
export * from './documents';
export * from './links';
