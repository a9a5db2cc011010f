import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { REPO_ROOT, ensureBuilt, launchBrowser, waitForController, waitForShell, type LaunchedBrowser } from './browser';
import { ServerProcess } from '../integration/sync/server-process';

// Through the UI only, at 360×740, against the real county endpoint serving the built app:
// - enrolment: the Posyandu tab, empty before, shows the enrolled Posyandu at once (no reload);
// - two phones edit one child: the loser sees both versions and no "server has everything", the
//   winner's Sinkron tab names the child and the other kader (kept through a reload);
// - the county officer sees the conflict counted for the unit and the phone.

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const p = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return p;
}

const PHONE = { width: 360, height: 740 };
/** Screenshots to look at (not compared): .tmp/e2e-shots/. */
const SHOTS = join(REPO_ROOT, '.tmp', 'e2e-shots');
const CHILD = 'Aisyah Putri';
const visible = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).filter({ visible: true });
const button = (page: Page, text: string | RegExp) => page.locator('ion-button:visible, button:visible', { hasText: text }).first();

async function tab(page: Page, name: string) {
  await page.locator(`ion-tab-button[tab="${name}"]`).click();
  // A tab returns to the page it was left on (Ionic keeps a stack per tab).
  await page.waitForURL((u) => u.pathname === `/${name}` || u.pathname.startsWith(`/${name}/`));
  await waitForShell(page);
}

async function setKaderName(page: Page, name: string) {
  await tab(page, 'pengaturan');
  const input = page.locator('ion-input[data-testid="kader-name"] input').filter({ visible: true });
  await expect.poll(() => input.isEnabled()).toBe(true);
  await input.fill(name);
  await visible(page, 'save-profile').click();
  await page.waitForSelector('ion-toast', { state: 'attached' });
}

async function enrolThroughUi(page: Page, code: string) {
  await tab(page, 'sinkron');
  await visible(page, 'enrol-code').locator('input').fill(code);
  await visible(page, 'enrol-submit').click();
  await expect.poll(() => visible(page, 'enrol-ok').count(), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => visible(page, 'sync-done').count(), { timeout: 90_000 }).toBe(1);
}

async function renameChild(page: Page, from: string, to: string) {
  await tab(page, 'posyandu');
  await button(page, 'Register balita').click();
  await page.locator(`button:visible:has-text("${from}")`).first().click();
  await button(page, /^\s*Ubah\s*$/).click();
  const name = page.locator('form[aria-label="Ubah data balita"] input[name="name"]:visible');
  await name.fill(to);
  await page.locator('form[aria-label="Ubah data balita"] ion-button[type="submit"]:visible').click();
  await page.locator(`:visible:text("${to}")`).first().waitFor();
}

describe('sync as the kaders and the county officer see it', () => {
  let server: ServerProcess;
  let dataDir: string;
  const browsers: LaunchedBrowser[] = [];

  beforeAll(async () => {
    const dist = ensureBuilt();
    mkdirSync(SHOTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'kader-e2e-conflict-'));
    server = new ServerProcess(await freePort(), dataDir, { DIST_DIR: dist });
    await server.start();
  }, 400_000);

  afterAll(async () => {
    for (const b of browsers) await b.close();
    await server?.kill('SIGTERM');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function phone(kaderName: string): Promise<{ b: LaunchedBrowser; page: Page }> {
    const b = await launchBrowser({ viewport: PHONE });
    browsers.push(b);
    const page = await b.context.newPage();
    await page.goto(server.url + '/posyandu');
    await waitForShell(page, 'Posyandu');
    await waitForController(page);
    // Before enrolment the Posyandu tab asks for the Posyandu's details.
    const intro = page.locator('p:visible', { hasText: 'Isi data Posyandu dulu' });
    await intro.waitFor();
    await setKaderName(page, kaderName);
    await enrolThroughUi(page, 'KADER-MAWAR');
    // The Posyandu tab shows the enrolled Posyandu at once: no reload.
    await tab(page, 'posyandu');
    await page.locator('h2:visible', { hasText: 'Posyandu Mawar' }).waitFor({ timeout: 15_000 });
    expect(await intro.count()).toBe(0);
    return { b, page };
  }

  it('enrol shows the module at once; a conflict is named on the winner’s Sinkron tab and counted for the county', async () => {
    const a = await phone('Bu Ani');
    const b = await phone('Bu Rina');

    // Bu Ani corrects the child's name first; it syncs by itself a few seconds after the save.
    await renameChild(a.page, CHILD, `${CHILD} Lestari`);
    await tab(a.page, 'sinkron');
    await expect.poll(() => visible(a.page, 'sync-pending').textContent(), { timeout: 60_000 }).toBe('Semua catatan sudah terkirim');
    await expect.poll(() => visible(a.page, 'sync-done').count(), { timeout: 60_000 }).toBe(1);

    // Bu Rina, with no signal, corrects it too (from the old name), and reloads.
    await b.b.context.setOffline(true);
    await renameChild(b.page, CHILD, `${CHILD} Ramadhani`);
    await b.page.reload();
    await waitForShell(b.page);
    await b.page.locator(`:visible:text("${CHILD} Ramadhani")`).first().waitFor();
    await tab(b.page, 'sinkron');
    await expect.poll(() => visible(b.page, 'sync-pending').textContent()).toBe('1 catatan menunggu dikirim');
    // Signal again: her change reaches the server after Bu Ani's and loses.
    await b.b.context.setOffline(false);
    await visible(b.page, 'sync-conflicts').waitFor({ timeout: 60_000 });
    await expect.poll(() => visible(b.page, 'sync-attention').count(), { timeout: 30_000 }).toBe(1);
    expect(await visible(b.page, 'sync-done').count()).toBe(0); // never "server sudah menerima semua" with a clash open
    expect(await visible(b.page, 'sync-attention').textContent()).toContain('1 perubahan bertabrakan');
    await b.page.screenshot({ path: join(SHOTS, 'loser-sinkron.png'), fullPage: true });
    // Her Posyandu tab (still on the child's page) shows the version in use without a reload.
    await tab(b.page, 'posyandu');
    await b.page.locator(`:visible:text("${CHILD} Lestari")`).first().waitFor({ timeout: 15_000 });
    expect(await b.page.locator(`:visible:text("${CHILD} Ramadhani")`).count()).toBe(0);

    // Bu Ani's phone hears of it on its next sync: the child and Bu Rina, by name.
    await tab(a.page, 'sinkron');
    await visible(a.page, 'sync-now').click();
    const notice = visible(a.page, 'sync-notice');
    await notice.first().waitFor({ timeout: 60_000 });
    const text = await notice.first().textContent();
    expect(text).toContain(`${CHILD} Lestari`);
    expect(text).toContain('Bu Rina');
    expect(text).toContain(`${CHILD} Ramadhani`);
    await a.page.screenshot({ path: join(SHOTS, 'winner-sinkron.png'), fullPage: true });
    // Kept until she dismisses it, through a reload with no signal.
    await a.b.context.setOffline(true);
    await a.page.reload();
    await waitForShell(a.page);
    await visible(a.page, 'sync-notice').first().waitFor();
    await visible(a.page, 'sync-notice').first().locator('ion-button', { hasText: 'Sudah dibaca' }).click();
    await expect.poll(() => visible(a.page, 'sync-notice').count()).toBe(0);
    await a.page.reload();
    await waitForShell(a.page);
    await visible(a.page, 'sync-status').waitFor();
    expect(await visible(a.page, 'sync-notice').count()).toBe(0);
    await a.b.context.setOffline(false);

    // The county officer, on a desktop, sees the conflict counted for Posyandu Mawar and Bu Rina's phone.
    const c = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    browsers.push(c);
    const cp = await c.context.newPage();
    await cp.goto(server.url + '/sinkron');
    await waitForShell(cp);
    await visible(cp, 'enrol-code').locator('input').fill('KAB-6411');
    await visible(cp, 'enrol-submit').click();
    await expect.poll(() => visible(cp, 'enrol-ok').count(), { timeout: 30_000 }).toBe(1);
    await cp.locator('ion-tab-button[tab="kabupaten"]').click();
    await waitForShell(cp, 'Kabupaten');
    await cp.locator('ion-item:visible', { hasText: 'Sinkron: konflik' }).click();
    await expect.poll(() => visible(cp, 'sync-totals').textContent(), { timeout: 30_000 }).toContain('1 konflik dan 0 catatan ditolak');
    const unitRow = visible(cp, 'sync-units').locator('tr', { hasText: 'Posyandu Mawar' });
    expect(await unitRow.locator('td').allTextContents()).toEqual([expect.stringContaining('Posyandu Mawar'), '1', '0']);
    const rina = visible(cp, 'sync-devices').locator('tr', { hasText: 'Bu Rina' });
    expect((await rina.locator('td').allTextContents()).slice(1, 4)).toEqual(['1', '0', '0']);
    expect(await visible(cp, 'sync-conflicts').locator('tbody tr').count()).toBe(1);
    await cp.screenshot({ path: join(SHOTS, 'county-sync.png'), fullPage: true });
  });
});
