import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST_DIR, launchBrowser, startApp, visibleTitle, waitForController, waitForShell, type LaunchedBrowser } from './browser';
import type { StaticServer } from './static-server';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer) {
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function openTab(page: Page, tab: string) {
  await page.locator(`ion-tab-button[tab="${tab}"]`).click();
  await page.waitForURL((u) => u.pathname === `/${tab}`);
  await waitForShell(page);
}

/** The kader-name input of the Settings page that is on screen. */
function kaderNameInput(page: Page) {
  return page.locator('ion-input[data-testid="kader-name"] input').filter({ visible: true });
}

describe('the installed shell', () => {
  let app: StaticServer;
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('installs its service worker and controls the page on the first visit', async () => {
    await page.goto(app.url + '/');
    await waitForShell(page);
    expect(new URL(page.url()).pathname).toBe('/posyandu');
    await waitForController(page);
    const sw = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      // clients.claim() runs inside the activate handler, so the page can be controlled while the
      // worker is still 'activating' (its waitUntil not yet settled): wait for the end of activation.
      const worker = reg.active!;
      if (worker.state !== 'activated') {
        await new Promise<void>((done) => {
          const check = () => worker.state === 'activated' && done();
          worker.addEventListener('statechange', check);
          check();
        });
      }
      const keys = await caches.keys();
      const cached: string[] = [];
      for (const k of keys) for (const r of await (await caches.open(k)).keys()) cached.push(new URL(r.url).pathname);
      return { state: reg.active?.state, script: reg.active?.scriptURL, cached };
    });
    expect(sw.state).toBe('activated');
    expect(sw.script).toBe(app.url + '/sw.js');
    // The whole shell is precached: index.html and every JS/CSS file of the build.
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    expect(sw.cached).toContain('/index.html');
    for (const a of assets) expect(sw.cached).toContain(a);
    const tabs = await page.locator('ion-tab-bar ion-tab-button ion-label').allTextContents();
    expect(tabs).toEqual(['Posyandu', 'Warga', 'Dasawisma', 'Desa', 'Sinkron', 'Pengaturan']);
  });

  it('opens with no network: reload, and a cold start in a new page on a deep link', async () => {
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await waitForShell(page);
      await page.close();

      page = await browser.context.newPage();
      await page.goto(app.url + '/pengaturan');
      await waitForShell(page, 'Pengaturan');
      expect(await visibleTitle(page)).toBe('Pengaturan');
      const loaded = await page.evaluate(() => ({
        preloads: [...document.querySelectorAll('link[rel="preload"][as="script"]')].map((l) => new URL((l as HTMLLinkElement).href).pathname),
        moduleScripts: document.querySelectorAll('script[type="module"], link[rel="modulepreload"]').length,
        assets: performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname.startsWith('/assets/'))
          .map((e) => ({ path: new URL(e.name).pathname, source: (e as PerformanceResourceTiming & { workerMatchedSourceType?: string }).workerMatchedSourceType })),
      }));
      // index.html started loading this tab's page with the entry (scripts/route-preload.ts) ...
      expect(loaded.preloads.some((p) => /^\/assets\/SettingsHome-[\w-]+\.js$/.test(p))).toBe(true);
      // The code is classic scripts, which Chromium keeps a code cache for (vite.config.ts).
      expect(loaded.moduleScripts).toBe(0);
      // ... and the browser read every build file straight from the precache, without the
      // worker's fetch handler (the Static Routing API route added at install in src/sw.ts).
      expect(loaded.assets.length).toBeGreaterThan(1);
      for (const a of loaded.assets) expect(a, a.path).toMatchObject({ source: 'cache' });
      // Lazy pages of other tabs come from the precache too.
      await openTab(page, 'warga');
      await openTab(page, 'dasawisma');
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    } finally {
      await browser.context.setOffline(false);
    }
  });

  it('keeps what was saved offline through an offline reload', async () => {
    await browser.context.setOffline(true);
    try {
      await page.goto(app.url + '/pengaturan');
      await waitForShell(page);
      const input = kaderNameInput(page);
      await expect.poll(() => input.isEnabled()).toBe(true);
      await input.fill('Bu Siti Aminah');
      await page.locator('[data-testid="save-profile"]').filter({ visible: true }).click();
      await page.waitForSelector('ion-toast', { state: 'attached' });

      // Switch to English too: the language lives in localStorage, the profile in IndexedDB.
      // React sets `value` on Ionic elements as a property, not an attribute: find it by its text.
      await page.locator('ion-segment-button').filter({ hasText: 'English' }).click();
      await expect.poll(() => page.locator('ion-tab-button[tab="pengaturan"] ion-label').textContent()).toBe('Settings');
      // A module's strings load in the language in use (src/app/i18n/dictionary.ts): the English
      // Posyandu text arrives with the switch, offline.
      const intro = () => page.locator('p').filter({ hasText: 'Enter the Posyandu details first' }).filter({ visible: true });
      await openTab(page, 'posyandu');
      await expect.poll(() => intro().count()).toBe(1);
      await openTab(page, 'pengaturan');

      await page.reload();
      await waitForShell(page, 'Settings');
      await expect.poll(() => kaderNameInput(page).inputValue()).toBe('Bu Siti Aminah');
      expect(await page.locator('ion-tab-button[tab="pengaturan"] ion-label').textContent()).toBe('Settings');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      // ... and when the app starts in English.
      await openTab(page, 'posyandu');
      await expect.poll(() => intro().count()).toBe(1);
    } finally {
      await page.evaluate(() => localStorage.removeItem('kader-desa.lang'));
      await browser.context.setOffline(false);
    }
  });

  it("passes Chromium's installability check, with a manifest as the issue asks", async () => {
    await page.goto(app.url + '/');
    await waitForShell(page);
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
    const { url } = (await cdp.send('Page.getAppManifest')) as { url: string };
    expect(url).toBe(app.url + '/manifest.webmanifest');

    const manifest = JSON.parse(readFileSync(join(DIST_DIR, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'Kader Desa', lang: 'id', display: 'standalone', theme_color: '#1b7f4b', start_url: '/' });
    expect(manifest.description).toMatch(/tanpa sinyal/);
    const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
    for (const want of [
      { sizes: '192x192', purpose: 'any' },
      { sizes: '512x512', purpose: 'any' },
      { sizes: '512x512', purpose: 'maskable' },
    ]) {
      const icon = icons.find((i) => i.sizes === want.sizes && i.purpose === want.purpose);
      expect(icon, JSON.stringify(want)).toBeDefined();
      const [w, h] = want.sizes.split('x').map(Number);
      expect(pngSize(readFileSync(join(DIST_DIR, icon!.src)))).toEqual({ width: w, height: h });
    }
  });
});
