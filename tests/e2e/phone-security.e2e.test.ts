import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { ensureBuilt, launchBrowser, openPhone, throttle, waitForController, waitForShell, type LaunchedBrowser, type Phone } from './browser';
import { ServerProcess } from '../integration/sync/server-process';
import type { PullResponse } from '../../src/sync';
import type { SyncRecord } from '../../src/domain/records';

// Issue 17 through the UI on a 360 px phone at 4× CPU throttling: a PIN set in Settings locks the
// app on reload, a wrong PIN is refused with the tries left, the right one opens it with the data
// intact, five wrong ones make the person wait (also after a reload). Then against the real county
// endpoint: a revoked phone sends the record it made offline and wipes itself, and says so.

const tid = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).filter({ visible: true });
const fillIon = (page: Page, id: string, value: string) => tid(page, id).locator('input').fill(value);
const button = (page: Page, text: string) => page.locator('ion-button:visible, button:visible', { hasText: text }).first();
const visible = (page: Page, sel: string) => page.locator(`${sel}:visible`).first();

async function addPregnant(page: Page, base: string | null, name: string) {
  if (base) {
    await page.goto(base + '/posyandu/register/pregnant');
    await waitForShell(page, 'Ibu hamil');
  }
  await button(page, 'Tambah').click();
  await visible(page, 'input[name="name"]').fill(name);
  await visible(page, 'ion-button[type="submit"]').click();
  await expect.poll(() => page.locator('.pd-list li:visible', { hasText: name }).count(), { timeout: 20_000 }).toBe(1);
}

async function addPerson(page: Page, base: string, name: string, pin: string) {
  await page.goto(base + '/pengaturan');
  await waitForShell(page, 'Pengaturan');
  await tid(page, 'person-add').click();
  await fillIon(page, 'person-name', name);
  await fillIon(page, 'person-pin', pin);
  await fillIon(page, 'person-pin-again', pin);
  await tid(page, 'person-save').click();
  await expect.poll(() => tid(page, 'people-signed-in').textContent(), { timeout: 20_000 }).toBe(`Sedang memakai: ${name}`);
}

async function typePin(page: Page, pin: string) {
  await fillIon(page, 'pin-input', pin);
  await tid(page, 'pin-unlock').click();
}

describe('PIN lock offline (360 px, 4× throttling)', () => {
  let phone: Phone;
  afterAll(async () => {
    await phone?.close();
  });

  it('set PIN, lock on reload, wrong PIN, unlock with data intact, five wrong PINs make her wait', async () => {
    phone = await openPhone('/posyandu');
    const { page, app } = phone;
    await throttle(page, { offline: true });
    await page.reload();
    await waitForShell(page, 'Posyandu');
    await button(page, 'Data Posyandu').click();
    await visible(page, 'input[name="name"]').fill('Posyandu Melati');
    await visible(page, 'input[name="desaCode"]').fill('64.11.05.2004');
    await visible(page, 'ion-button[type="submit"]').click();
    await button(page, 'Register lain').waitFor();
    await addPregnant(page, app.url, 'Wati Lestari');

    // Nothing asks for a PIN before one is set.
    expect(await page.locator('[data-testid="lock-cover"]').count()).toBe(0);
    await addPerson(page, app.url, 'Siti', '482913');
    expect(await page.locator('[data-testid="lock-cover"]').count()).toBe(0); // she just typed it twice

    await page.goto(app.url + '/posyandu/register/pregnant');
    await tid(page, 'lock-screen').waitFor({ timeout: 20_000 });
    // The cover hides the register: the name is not readable while locked.
    expect(await page.locator('[data-testid="lock-cover"]').count()).toBe(1);
    expect(await tid(page, 'lock-name').textContent()).toBe('Siti');
    await typePin(page, '111111');
    await expect.poll(() => tid(page, 'pin-message').textContent()).toContain('Sisa 4 kali');
    await typePin(page, '482913');
    await expect.poll(() => page.locator('[data-testid="lock-cover"]').count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.locator('.pd-list li:visible', { hasText: 'Wati Lestari' }).count(), { timeout: 20_000 }).toBe(1);

    // Unlocked, she keeps working (in the app: a page load is a restart and asks for the PIN again).
    await addPregnant(page, null, 'Rina Wulandari');

    // "Kunci sekarang", then five wrong PINs: a wait that a reload does not end.
    await page.locator('ion-tab-button[tab="pengaturan"]').click();
    await tid(page, 'lock-now').click();
    await tid(page, 'lock-screen').waitFor();
    for (let i = 0; i < 5; i++) {
      await typePin(page, '000000');
      if (i < 4) await expect.poll(() => tid(page, 'pin-message').textContent()).toContain(`Sisa ${4 - i} kali`);
    }
    await expect.poll(() => tid(page, 'pin-message').textContent()).toContain('Tunggu');
    expect(await tid(page, 'pin-unlock').getAttribute('disabled')).not.toBeNull();
    await page.reload();
    await tid(page, 'lock-screen').waitFor({ timeout: 20_000 });
    await expect.poll(() => tid(page, 'pin-message').textContent()).toContain('Tunggu');
    await page.screenshot({ path: join(tmpdir(), 'kd-lock-wait.png') });
  }, 300_000);
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const p = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return p;
}

describe('revoke and wipe against the county endpoint', () => {
  let server: ServerProcess;
  let dataDir: string;
  let b: LaunchedBrowser;
  afterAll(async () => {
    await b?.close();
    await server?.kill('SIGTERM');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('a revoked phone sends what it made offline, then wipes its data and says so', async () => {
    const dist = ensureBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'kader-e2e-revoke-'));
    server = new ServerProcess(await freePort(), dataDir, { DIST_DIR: dist });
    await server.start();
    b = await launchBrowser({ viewport: { width: 360, height: 740 } });
    const page = await b.context.newPage();
    await page.goto(server.url + '/sinkron');
    await waitForController(page);
    await waitForShell(page);
    await tid(page, 'enrol-code').locator('input').fill('KADER-MAWAR');
    await tid(page, 'enrol-submit').click();
    await expect.poll(() => tid(page, 'sync-done').count(), { timeout: 60_000 }).toBe(1);
    await b.context.setOffline(true);
    await addPregnant(page, server.url, 'Dewi Final');
    await addPerson(page, server.url, 'Siti', '482913');

    // The county revokes the phone (its own county device, through the county API).
    const county = await (await fetch(`${server.url}/api/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'KAB-6411' }) })).json();
    const auth = { authorization: `Bearer ${county.token}`, 'content-type': 'application/json' };
    const devices = (await (await fetch(`${server.url}/api/v1/county/devices`, { headers: auth })).json()).devices as { id: string; role: string }[];
    const kader = devices.find((d) => d.role === 'kader')!;
    expect((await fetch(`${server.url}/api/v1/county/devices/${kader.id}/revoke`, { method: 'POST', headers: auth, body: '{}' })).status).toBe(200);

    await b.context.setOffline(false); // the 'online' event syncs: final push, then the wipe
    await tid(page, 'revoked-screen').waitFor({ timeout: 60_000 });
    expect(await tid(page, 'revoked-screen').textContent()).toContain('dicabut');
    await page.screenshot({ path: join(tmpdir(), 'kd-revoked.png') });

    // The record made offline reached the county before the wipe.
    const out: SyncRecord[] = [];
    let cursor = '0';
    for (;;) {
      const r = (await (await fetch(`${server.url}/api/v1/sync/pull`, { method: 'POST', headers: auth, body: JSON.stringify({ cursor, limit: 2000 }) })).json()) as PullResponse;
      out.push(...r.changes);
      cursor = r.cursor;
      if (!r.hasMore) break;
    }
    expect(out.some((r) => r.kind === 'posyandu.pregnant' && (r.data as { name?: string }).name === 'Dewi Final')).toBe(true);

    // The phone holds nothing: no lock (the people went with the data), an empty register, no enrolment.
    await tid(page, 'revoked-ok').click();
    await page.goto(server.url + '/posyandu/register/pregnant');
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-testid="lock-cover"]').count()).toBe(0);
    expect(await page.locator('.pd-list li:visible', { hasText: 'Dewi Final' }).count()).toBe(0);
    await page.goto(server.url + '/sinkron');
    await tid(page, 'enrol-code').waitFor({ timeout: 20_000 });
  }, 400_000);
});
