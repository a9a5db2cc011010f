import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { ensureBuilt, launchBrowser, throttle, waitForShell, type LaunchedBrowser } from './browser';
import { ionicPage } from './ionic-page';
import { ServerProcess } from '../integration/sync/server-process';

// Issue 13 item 4, through the screens: two kaders of Posyandu Mawar weigh the same child on the
// same day on two phones (360×740, 4× CPU throttling) against the real county endpoint. After
// sync both phones show "two records" for the child, and opening it shows both weighings with
// who recorded each; neither is chosen for them. One kader chooses; after sync the other phone
// has one weighing, the chosen one, which opens filled in for a correction.

const SHOTS = join(tmpdir(), 'kader-e2e-posyandu-two-phones');

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const p = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return p;
}

interface Kader { page: Page; ui: ReturnType<typeof ionicPage> }

const testId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).filter({ visible: true });

async function enrolPhone(browser: LaunchedBrowser, url: string): Promise<Kader> {
  const page = await browser.context.newPage();
  await page.goto(url + '/sinkron');
  await waitForShell(page);
  await throttle(page);
  await testId(page, 'enrol-code').locator('input').fill('KADER-MAWAR');
  await testId(page, 'enrol-submit').click();
  await expect.poll(() => testId(page, 'sync-done').count(), { timeout: 60_000 }).toBe(1);
  return { page, ui: ionicPage(() => page) };
}

async function sync(k: Kader) {
  await k.page.locator('ion-tab-button[tab="sinkron"]').click();
  await testId(k.page, 'sync-now').click();
  await expect.poll(() => testId(k.page, 'sync-pending').textContent(), { timeout: 60_000 }).toBe('Semua catatan sudah terkirim');
  await expect.poll(() => testId(k.page, 'sync-done').count(), { timeout: 60_000 }).toBe(1);
}

async function openToday(k: Kader, recorder: string) {
  await k.page.locator('ion-tab-button[tab="posyandu"]').click();
  await k.ui.button('Buka hari Posyandu (hari ini)').click();
  const chip = k.ui.visible(`button.pd-chip[data-kader="${recorder}"]`);
  if (await k.ui.visible('[data-recorder]').count() === 0) await chip.click();
  await k.ui.visible(`[data-recorder="${recorder}"]`).waitFor();
}

const row = (k: Kader, name: string) => k.ui.visible(`ul[aria-label="Pilih balita"] button[data-child="${name}"]`);

async function weigh(k: Kader, name: string, kg: string) {
  await row(k, name).click();
  await k.ui.visible('input[name="weight"]').fill(kg);
  await k.ui.visible('section[aria-label="Hasil penimbangan"]').waitFor();
  await k.ui.visible('form[aria-label^="Meja 2"] ion-button[type="submit"]').click();
  await k.ui.visible(`[data-last="${name}"]`).waitFor();
}

describe('two phones weigh one child on one day', () => {
  let server: ServerProcess;
  let dataDir: string;
  let a: LaunchedBrowser;
  let b: LaunchedBrowser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dist = ensureBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'kader-e2e-two-phones-'));
    server = new ServerProcess(await freePort(), dataDir, { DIST_DIR: dist });
    await server.start();
    a = await launchBrowser({ viewport: { width: 360, height: 740 } });
    b = await launchBrowser({ viewport: { width: 360, height: 740 } });
  }, 400_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.kill('SIGTERM');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('both see both weighings after sync, one kader chooses, the choice reaches the other phone', async () => {
    const sari = await enrolPhone(a, server.url);
    const lastri = await enrolPhone(b, server.url);
    await openToday(sari, 'Bu Sari');
    await openToday(lastri, 'Bu Lastri');
    await weigh(sari, 'Aisyah Putri', '9,1');
    await weigh(lastri, 'Aisyah Putri', '9,4');

    await sync(sari);
    await sync(lastri);
    await sync(sari);

    // Both phones: the child is marked, the work list asks, both rows are shown with their kader.
    for (const k of [sari, lastri]) {
      await k.page.locator('ion-tab-button[tab="posyandu"]').click();
      await k.ui.visible('[data-weighed-count]').waitFor();
      await expect.poll(() => row(k, 'Aisyah Putri').textContent(), { timeout: 30_000 }).toContain('Dua catatan');
      await k.ui.visible('.pd-tabs button[data-filter="work"]').click();
      await k.ui.visible('[data-work="doubles"] button[data-child="Aisyah Putri"]').waitFor();
      await k.ui.visible('.pd-tabs button[data-filter="all"]').click();
    }
    await row(sari, 'Aisyah Putri').click();
    const choices = sari.ui.current().locator('.pd-choice');
    await expect.poll(() => choices.count()).toBe(2);
    const texts = (await choices.allInnerTexts()).join('\n');
    expect(texts).toContain('9,1 kg');
    expect(texts).toContain('9,4 kg');
    expect(texts).toContain('Dicatat oleh Bu Sari');
    expect(texts).toContain('Dicatat oleh Bu Lastri');
    await sari.page.screenshot({ path: join(SHOTS, '01-choose.png') });
    await choices.filter({ hasText: '9,4 kg' }).locator('ion-button').click();
    await sari.ui.visible('[data-weighed-count]').waitFor();
    expect(await row(sari, 'Aisyah Putri').textContent()).not.toContain('Dua catatan');

    await sync(sari);
    await sync(lastri);
    await lastri.page.locator('ion-tab-button[tab="posyandu"]').click();
    await expect.poll(() => row(lastri, 'Aisyah Putri').textContent(), { timeout: 30_000 }).not.toContain('Dua catatan');
    await row(lastri, 'Aisyah Putri').click();
    await lastri.ui.visible('[data-correcting]').waitFor();
    expect(await lastri.ui.visible('input[name="weight"]').inputValue()).toBe('9,4');
    await lastri.page.screenshot({ path: join(SHOTS, '02-other-phone.png') });
  }, 600_000);
});
