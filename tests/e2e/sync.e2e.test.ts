import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { ensureBuilt, launchBrowser, waitForShell, type LaunchedBrowser } from './browser';
import { ServerProcess } from '../integration/sync/server-process';
import { DEMO_CODES } from '../../src/server/demo/codes';
import type { PullResponse } from '../../src/sync';
import type { SyncRecord } from '../../src/domain/records';

// Two phones of one Posyandu in real Chromium against the real county endpoint (which also serves
// the built app): enrol, save offline, come back online, and the record reaches the server and
// the other phone.

const CODE = 'KADER-MAWAR';
const PREFIX = DEMO_CODES.find((c) => c.code === CODE)!.prefix;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const p = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return p;
}

const visible = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).filter({ visible: true });

async function openSyncTab(page: Page, url: string) {
  await page.goto(url + '/sinkron');
  await waitForShell(page);
  // The e2e hook (src/app/sync/service.ts) is off unless this flag is set; reload to pick it up.
  await page.evaluate(() => localStorage.setItem('kader-desa.e2e', '1'));
  await page.reload();
  await waitForShell(page);
}

async function enrol(page: Page) {
  await visible(page, 'enrol-code').locator('input').fill(CODE);
  await visible(page, 'enrol-submit').click();
  await expect.poll(() => visible(page, 'enrol-ok').count(), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => visible(page, 'sync-done').count(), { timeout: 60_000 }).toBe(1);
}

async function serverRecords(url: string): Promise<SyncRecord[]> {
  const county = await (await fetch(`${url}/api/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'KAB-6411' }) })).json();
  const out: SyncRecord[] = [];
  let cursor = '0';
  for (;;) {
    const r = (await (await fetch(`${url}/api/v1/sync/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${county.token}` },
      body: JSON.stringify({ cursor, limit: 2000 }),
    })).json()) as PullResponse;
    out.push(...r.changes);
    cursor = r.cursor;
    if (!r.hasMore) return out;
  }
}

describe('sync in the browser: offline save, online, second phone', () => {
  let server: ServerProcess;
  let dataDir: string;
  let a: LaunchedBrowser;
  let b: LaunchedBrowser;

  beforeAll(async () => {
    const dist = ensureBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'kader-e2e-sync-'));
    server = new ServerProcess(await freePort(), dataDir, { DIST_DIR: dist });
    await server.start();
    a = await launchBrowser();
    b = await launchBrowser();
  }, 400_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.kill('SIGTERM');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('a record saved offline reaches the server when online and appears on the second phone', async () => {
    const pa = await a.context.newPage();
    await openSyncTab(pa, server.url);
    await enrol(pa);
    expect(await visible(pa, 'enrol-scope').textContent()).toContain('Posyandu');

    await a.context.setOffline(true);
    const id = await pa.evaluate(async (addr) => {
      const hook = (window as any).__kaderDesaE2E;
      const rec = await hook.save({ kind: 'posyandu.child', addr, data: { name: 'Anak Uji E2E', sex: 'P', birthDate: '2024-06-01', hasKms: true } });
      return rec.id as string;
    }, PREFIX);
    await expect.poll(() => visible(pa, 'sync-pending').textContent(), { timeout: 10_000 }).toBe('1 catatan menunggu dikirim');
    await visible(pa, 'sync-now').click();
    await expect.poll(() => visible(pa, 'sync-error').count(), { timeout: 30_000 }).toBe(1);
    expect(await visible(pa, 'sync-done').count()).toBe(0); // never "selesai" while something waits
    expect((await serverRecords(server.url)).some((r) => r.id === id)).toBe(false);

    await a.context.setOffline(false); // the 'online' event starts a sync by itself
    await expect.poll(() => visible(pa, 'sync-done').count(), { timeout: 60_000 }).toBe(1);
    expect(await visible(pa, 'sync-pending').textContent()).toBe('Semua catatan sudah terkirim');
    const onServer = (await serverRecords(server.url)).find((r) => r.id === id);
    expect(onServer).toMatchObject({ kind: 'posyandu.child', addr: PREFIX, deleted: false, data: { name: 'Anak Uji E2E' } });

    const pb = await b.context.newPage();
    await openSyncTab(pb, server.url);
    await enrol(pb);
    const onB = await pb.evaluate((rid) => (window as any).__kaderDesaE2E.get(rid), id);
    expect(onB).toMatchObject({ id, version: onServer!.version, data: { name: 'Anak Uji E2E' } });
  });
});
