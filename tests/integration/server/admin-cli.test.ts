import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../src/server';
import { backends, post, startTestServer, type TestServer } from './helpers';

const run = promisify(execFile);

// The admin CLI as county staff use it (`npm run admin -- …`), on the same storage as the server.
describe.each(backends())('admin CLI ($name)', (b) => {
  let s: TestServer;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    s = await startTestServer(b);
    // PGlite is one process at a time: the CLI runs while the server is stopped.
    await s.close();
    env = { ...process.env, DATA_DIR: s.storage.dataDir ?? '', DATABASE_URL: s.storage.databaseUrl ?? '' };
  });
  afterAll(async () => {
    await s?.stop();
  });

  const cli = async (...args: string[]) => {
    try {
      const r = await run(process.execPath, ['--import', 'tsx', 'src/server/admin-cli.ts', ...args], { env });
      return { code: 0, out: r.stdout };
    } catch (e) {
      const x = e as { code: number; stdout: string; stderr: string };
      return { code: x.code, out: x.stdout + x.stderr };
    }
  };

  it('creates a two-use code, lists it, and the devices enrolled with it can be revoked', async () => {
    const made = await cli('create-code', '--role', 'ketua-rt', '--scope', '64.11/64.11.05.2003/rt:003', '--label', 'RT 003', '--uses', '2');
    expect(made.code).toBe(0);
    const code = /code: (\S+)/.exec(made.out)![1];
    expect((await cli('create-code', '--role', 'kader', '--scope', '64.11')).code).toBe(2);
    const listed = JSON.parse((await cli('list-codes', '--json')).out);
    const mine = listed.find((c: any) => c.scope.prefix === '64.11/64.11.05.2003/rt:003');
    expect(mine).toMatchObject({ role: 'ketua-rt', usesLeft: 2, demo: false });
    expect(JSON.stringify(listed)).not.toContain(code);

    const srv = await startServer({ port: 0, host: '127.0.0.1', log: () => undefined, ...s.storage });
    let deviceId: string;
    try {
      const e = await post(srv.url, '/api/v1/enroll', { code });
      expect(e.status).toBe(200);
      expect(e.body.scope).toMatchObject({ prefix: '64.11/64.11.05.2003/rt:003', modules: ['rt'], label: 'RT 003' });
      deviceId = e.body.deviceId;
      expect((await post(srv.url, '/api/v1/enroll', { code })).status).toBe(200);
      expect((await post(srv.url, '/api/v1/enroll', { code })).body.reason).toBe('used-code');
    } finally {
      await srv.close();
    }
    expect((await cli('revoke-device', deviceId)).code).toBe(0);
    expect((await cli('revoke-device', deviceId)).code).toBe(2);
    const devices = JSON.parse((await cli('list-devices', '--json')).out);
    expect(devices.find((d: any) => d.id === deviceId).revokedAt).toBeTruthy();
    expect((await cli('revoke-code', 'KADER-MAWAR')).code).toBe(0);
    expect((await cli('bogus')).code).toBe(2);
  }, 300_000);
});
