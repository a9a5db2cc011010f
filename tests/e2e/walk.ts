import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server';
import { ensureBuilt, launchBrowser, waitForController, waitForShell, type LaunchedBrowser } from './browser';

// Walks of a user's whole flow (issue 13 item 16): the real county server with the demo kabupaten
// serves the built app, a phone (360×740, 4× CPU throttling) or a desktop enrols through the
// Sinkron tab, and each screen is checked for developer text.

export interface Walk {
  server: RunningServer;
  browser: LaunchedBrowser;
  page: Page;
  close(): Promise<void>;
}

/** The demo server and a fresh browser; `phone`: 360×740 with 4× CPU throttling, else a 1280 px desktop. */
export async function startWalk(o: { phone: boolean }): Promise<Walk> {
  const dir = mkdtempSync(join(tmpdir(), 'kd-walk-'));
  const server = await startServer({ port: 0, host: '127.0.0.1', seedDemo: true, dataDir: dir, distDir: ensureBuilt(), log: () => undefined });
  const browser = await launchBrowser({ viewport: o.phone ? { width: 360, height: 740 } : { width: 1280, height: 900 } });
  const page = await browser.context.newPage();
  if (o.phone) {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  return {
    server,
    browser,
    page,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const testId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).filter({ visible: true }).first();

/** Enrols with a demo code on the Sinkron tab, as a user does, and waits for the first sync to finish. */
export async function enrolThroughUi(page: Page, baseUrl: string, code: string): Promise<void> {
  await page.goto(`${baseUrl}/sinkron`);
  await waitForShell(page);
  // The service worker must control the page before the walk goes offline.
  await waitForController(page, 60_000);
  await testId(page, 'enrol-code').locator('input').fill(code);
  await testId(page, 'enrol-submit').click();
  await testId(page, 'enrol-ok').waitFor({ timeout: 60_000 });
  await testId(page, 'sync-done').waitFor({ timeout: 120_000 });
}

/**
 * Text a user must never see: schema keys and validator words, ISO dates, raw addresses, i18n keys,
 * unfilled templates. Checked on the visible page (Ionic keeps earlier pages hidden in the DOM).
 */
const DEV_TEXT: [DevTextKind, RegExp][] = [
  ['ISO date', /\b\d{4}-\d{2}-\d{2}\b/],
  ['ISO time', /\d{2}:\d{2}:\d{2}(\.\d+)?Z/],
  ['raw address', /\b\d{2}\.\d{2}\/\d{2}\.\d{2}\.\d{2}\.\d{4}|\b(posyandu|rt|dw):[0-9A-Za-z_-]+/],
  ['schema key or i18n key', /\b(dasawisma|posyandu|rt|county|sync|common|config)\.[a-z][A-Za-z]+(\.[A-Za-z-]+)*\b/],
  ['validator text', /\bInvalid\b|Expected \w+ but received|\bNaN\b|\bundefined\b|\[object Object\]/],
  ['unfilled template', /\{[a-z][A-Za-z]*\}/],
];

export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pages = [...document.querySelectorAll('ion-router-outlet .ion-page:not(.ion-page-hidden)')];
    const shown = pages.filter((p) => (p as HTMLElement).checkVisibility());
    const el = (shown[shown.length - 1] ?? document.body) as HTMLElement;
    return el.innerText;
  });
}

export type DevTextKind = 'ISO date' | 'ISO time' | 'raw address' | 'schema key or i18n key' | 'validator text' | 'unfilled template';

/**
 * Fails with the offending text when the page on screen shows developer text. `pending` names a
 * kind another engineer's task fixes on that page (say whose in a comment at the call); every
 * other kind is still checked there.
 */
export async function expectNoDeveloperText(page: Page, where: string, pending: DevTextKind[] = []): Promise<void> {
  // WALK_SHOTS=<folder>: keep a screenshot of every checked screen, to look at.
  if (process.env.WALK_SHOTS) await page.screenshot({ path: join(process.env.WALK_SHOTS, `${where.replace(/[^\w.-]+/g, '_')}.png`), fullPage: true });
  const text = await visibleText(page);
  for (const [what, re] of DEV_TEXT) {
    if ((pending as string[]).includes(what)) continue;
    const m = re.exec(text);
    expect(m ? `${what}: "${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)}"` : null, `${where}: developer text`).toBeNull();
  }
}

/**
 * Waits until Ionic's page transition is over (one page shown). A tap during the transition can
 * be lost under 4× throttling, as a hurried user's would; the walks tap once the screen is still.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('ion-router-outlet .ion-page:not(.ion-page-hidden)').length === 1, undefined, { timeout: 30_000 });
}

/**
 * Taps `target` once the screen is still and waits for `arrived`; taps once more if it has not come
 * within 15 s. Under 4× throttling on a loaded machine Ionic can drop a tap that lands while a
 * page is still entering; a user taps again, and so does the walk. The second wait is the real one.
 */
export async function tapUntil(page: Page, target: Locator, arrived: Locator): Promise<void> {
  await settled(page);
  await target.click();
  if (await arrived.waitFor({ timeout: 15_000 }).then(() => true, () => false)) return;
  await settled(page);
  // A slow first tap may have arrived meanwhile: tap again only if the target page is still not here.
  if (!(await arrived.isVisible())) await target.click();
  await arrived.waitFor({ timeout: 30_000 });
}
