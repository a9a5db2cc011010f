// A throwaway PostgreSQL cluster on a loopback port for the PostgreSQL test path. PostgreSQL
// refuses to run as root, so as root the cluster belongs to the `postgres` system user.
import { execSync } from 'node:child_process';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { pgBinDir } from './system-deps.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export async function startPgCluster() {
  const bin = pgBinDir();
  if (!bin) throw new Error('PostgreSQL binaries not found');
  const isRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'kd-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  const asPg = (cmd) => (isRoot ? `su postgres -s /bin/sh -c "${cmd.replace(/"/g, '\\"')}"` : cmd);
  execSync(asPg(`${bin}/initdb -D ${data} -U postgres -A trust --no-sync -E UTF8 >/dev/null`), { stdio: 'inherit' });
  execSync(
    asPg(`${bin}/pg_ctl -D ${data} -w -l ${dir}/pg.log -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null`),
    { stdio: 'inherit' },
  );
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    stop() {
      try {
        execSync(asPg(`${bin}/pg_ctl -D ${data} -m immediate stop >/dev/null`), { stdio: 'inherit' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
