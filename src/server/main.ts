import { startServer } from './app';
import { demoCodeTable } from './demo/codes';

// `npm run server` / `npm start`: reads the environment, starts the county endpoint, and closes
// the database cleanly on SIGTERM/SIGINT (PGlite must be closed to leave a consistent folder).
const port = Number(process.env.PORT ?? 8080);
const running = await startServer({
  port,
  host: process.env.HOST ?? '0.0.0.0',
  dataDir: process.env.DATA_DIR ?? './data',
  databaseUrl: process.env.DATABASE_URL || undefined,
  distDir: process.env.DIST_DIR ?? './dist',
  seedDemo: process.env.SEED_DEMO !== '0',
  poolSize: process.env.PG_POOL_SIZE ? Number(process.env.PG_POOL_SIZE) : undefined,
  pushGroupsInFlight: process.env.PUSH_GROUPS_IN_FLIGHT ? Number(process.env.PUSH_GROUPS_IN_FLIGHT) : undefined,
  trustProxy: process.env.TRUST_PROXY === '1',
  enrolLimit: {
    maxFailures: process.env.ENROL_MAX_FAILURES ? Number(process.env.ENROL_MAX_FAILURES) : undefined,
    windowMs: process.env.ENROL_WINDOW_MINUTES ? Number(process.env.ENROL_WINDOW_MINUTES) * 60_000 : undefined,
  },
});

console.log(`Kader Desa county endpoint on ${running.url} (port ${running.port}, db ${running.db.kind})`);
if (running.demoCodes) {
  console.log('\nDemo enrolment codes (reusable; revoke with `npm run admin -- revoke-code <code>`):\n');
  console.log(demoCodeTable());
  console.log('');
}

let stopping = false;
for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${sig}: closing`);
    running.close().then(
      () => process.exit(0),
      (e) => {
        console.error(`close failed: ${(e as Error).name}`);
        process.exit(1);
      },
    );
  });
}
