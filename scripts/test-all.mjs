// `npm test`: everything CI runs, in order — typecheck, lint, unit tests, integration tests
// against PGlite and a real PostgreSQL, the production build, and browser tests in Chromium.
// Ends with one line "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { ensureChromium, ensurePoppler, ensurePostgres } from './system-deps.mjs';
import { startPgCluster } from './pg-test-cluster.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failures.push(label);
  return r.status === 0;
}

function vitest(project, env = {}) {
  mkdirSync('.tmp', { recursive: true });
  const out = `.tmp/vitest-${project}.json`;
  rmSync(out, { force: true });
  run(`vitest ${project}`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env);
  try {
    const j = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += j.numPassedTests;
    totals.failed += j.numFailedTests;
    totals.skipped += j.numPendingTests + (j.numTodoTests ?? 0);
    if (j.numTotalTests === 0) failures.push(`vitest ${project}: no tests ran`);
  } catch {
    failures.push(`vitest ${project}: no report`);
  }
}

const haveChromium = ensureChromium();
const havePg = ensurePostgres();
const havePoppler = ensurePoppler();
if (!haveChromium) failures.push('chromium missing (run as root or apt-get install chromium)');
if (!havePoppler) failures.push('poppler-utils missing (run as root or apt-get install poppler-utils)');
if (!havePg) failures.push('postgresql missing (run as root or apt-get install postgresql)');

run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
run('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
vitest('unit');
// The production build comes before the integration tests: the server test checks it serves dist/.
const built = run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);

let pg = null;
if (havePg) {
  try {
    pg = await startPgCluster();
    console.log(`[pg] throwaway cluster at ${pg.url.replace(/\/\/[^@]*@/, '//')}`);
  } catch (e) {
    failures.push(`postgres start: ${e.message}`);
  }
}
try {
  vitest('integration', pg ? { TEST_DATABASE_URL: pg.url } : {});
} finally {
  pg?.stop();
}

if (built) vitest('e2e');

console.log(`\nskipped tests: ${totals.skipped}`);
if (failures.length) console.log(`failed steps: ${failures.join('; ')}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failures.length || totals.failed ? 1 : 0);
