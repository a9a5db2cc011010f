// Shared helpers for real-browser tests: Debian's Chromium driven by playwright-core, a fresh
// profile per launch, and the built app served by tests/e2e/static-server.ts.
//
//   const app = await startApp();                 // builds dist/ if missing or stale, serves it
//   const b = await launchBrowser();              // fresh profile, Chromium flags below
//   const page = await b.context.newPage();
//   await page.goto(app.url + '/posyandu');
//   await waitForController(page);                // the service worker controls the page
//   ...
//   await b.close(); await app.close();
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from './static-server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
export const DIST_DIR = join(REPO_ROOT, 'dist');

export interface LaunchedBrowser {
  context: BrowserContext;
  userDataDir: string;
  /** Closes Chromium and deletes its profile. */
  close(): Promise<void>;
}

/**
 * Starts Chromium with a fresh, empty profile (no service worker, no IndexedDB from earlier runs).
 * A persistent context is used because service workers, IndexedDB and persistence behave as in a
 * real profile there.
 */
export async function launchBrowser(
  options: {
    viewport?: { width: number; height: number };
    /** Reuse this profile (e.g. a cold restart with the service worker already installed); kept on close. */
    userDataDir?: string;
  } = {},
): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; install it: apt-get update && apt-get install -y chromium`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'kader-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 412, height: 860 },
    locale: 'id-ID',
    serviceWorkers: 'allow',
  });
  return {
    context,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when dist/ is missing or older than any source file that goes into it. */
export function distIsStale(outDir = DIST_DIR): boolean {
  const built = join(outDir, 'index.html');
  if (!existsSync(built) || !existsSync(join(outDir, 'sw.js'))) return true;
  const builtAt = statSync(built).mtimeMs;
  return BUILD_INPUTS.some((p) => newestMtime(join(REPO_ROOT, p)) > builtAt);
}

/**
 * Runs `vite build` into `outDir`. `env` reaches vite.config.ts: KADER_APP_VERSION overrides the
 * version string (the update test builds twice with different versions).
 */
export function buildApp(outDir = DIST_DIR, env: Record<string, string> = {}): void {
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    // Vitest sets NODE_ENV=test, which would make Vite emit a development build (React dev
    // mode, import.meta.env.DEV true, no service worker registration).
    env: { ...process.env, NODE_ENV: 'production', ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vite build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

let built = false;

/** Builds dist/ once per test run, and only when it is missing or stale. */
export function ensureBuilt(): string {
  if (!built && distIsStale()) buildApp();
  built = true;
  return DIST_DIR;
}

/** Builds (if needed) and serves dist/ on a free port. */
export async function startApp(dir?: string): Promise<StaticServer> {
  return startStaticServer(dir ?? ensureBuilt());
}

/** Waits until a service worker controls the page (first visit: after it claims its clients). */
export async function waitForController(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: timeoutMs });
}

/**
 * Title of the page on screen. Ionic keeps earlier pages of every tab in the DOM (hidden), so
 * "the" title is the one ion-title that is actually visible.
 */
export async function visibleTitle(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = [...document.querySelectorAll('ion-title')].find((t) => t.checkVisibility() && t.getBoundingClientRect().width > 0);
    return el?.textContent?.trim() ?? null;
  });
}

/** Waits for the shell to be on screen: the tab bar and a visible page title (optionally this one). */
export async function waitForShell(page: Page, title?: string, timeoutMs = 30_000): Promise<void> {
  await page.waitForSelector('ion-tab-bar ion-tab-button', { state: 'visible', timeout: timeoutMs });
  await page.waitForFunction(
    (want) => {
      const el = [...document.querySelectorAll('ion-title')].find((t) => t.checkVisibility() && t.getBoundingClientRect().width > 0);
      const text = el?.textContent?.trim();
      return !!text && (want === null || text === want);
    },
    title ?? null,
    { timeout: timeoutMs },
  );
}

/** Chromium's version string, e.g. 'Chromium 156.0.8078.79', for reports. */
export function chromiumVersion(): string {
  const r = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  return (r.stdout || '').trim() || 'unknown';
}

export interface Phone {
  app: StaticServer;
  browser: LaunchedBrowser;
  page: Page;
  close(): Promise<void>;
}

/**
 * The set-up most browser tests share: the built app served, a fresh 360 px Chromium, a page at
 * `path` controlled by the service worker, and (offline: true) the network cut.
 */
export async function openPhone(path: string, o: { offline?: boolean } = {}): Promise<Phone> {
  const app = await startApp();
  const browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
  const page = await browser.context.newPage();
  await page.goto(app.url + path);
  await waitForController(page);
  if (o.offline) await browser.context.setOffline(true);
  return {
    app,
    browser,
    page,
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/**
 * A slow phone: 4× CPU throttling through a DevTools session on `page`. While such a session is
 * attached, Playwright's setOffline does not survive a reload (navigator.onLine is true again), so
 * with `offline` the same session cuts the network too, and the context is marked offline for its
 * other pages and workers.
 */
export async function throttle(page: Page, o: { rate?: number; offline?: boolean } = {}): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.rate ?? 4 });
  if (o.offline) {
    await page.context().setOffline(true);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  }
}
