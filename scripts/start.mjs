// `npm start`: build the app when dist/ is missing or older than its sources, then run the county
// endpoint (src/server/main.ts) with tsx. The environment (PORT, DATA_DIR, DATABASE_URL…) passes through.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];
// Server code is not part of the bundle: editing it must not trigger a rebuild.
const SKIP = new Set([join(root, 'src', 'server')]);

function newest(p) {
  if (SKIP.has(p) || !existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = 0;
  for (const e of readdirSync(p)) m = Math.max(m, newest(join(p, e)));
  return m;
}

const builtAt = existsSync(join(root, 'dist', 'index.html')) ? statSync(join(root, 'dist', 'index.html')).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map((s) => newest(join(root, s))));
if (process.env.SKIP_BUILD !== '1' && builtAt < changedAt) {
  console.log(builtAt ? 'Sources changed since the last build: building the app…' : 'No build yet: building the app…');
  const b = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (b.status !== 0) {
    console.error('Build failed; not starting the server.');
    process.exit(b.status ?? 1);
  }
}

const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'server', 'main.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
// Pass stop signals on so the server closes its database cleanly.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
