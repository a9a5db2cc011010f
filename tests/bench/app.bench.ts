import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, type BenchModule, type BenchResult } from './harness';
import { routeTableIn } from '../../scripts/route-preload';
import { ensureBuilt, launchBrowser, startApp, waitForController, waitForShell } from '../e2e/browser';
import { openBarePage } from './bare-chromium';

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/**
 * The JS and CSS the first screen at `path` needs before it can render: index.html's scripts,
 * stylesheets and preload links, the files its inline route-preload script adds for that
 * address (the tab's home page, scripts/route-preload.ts), and everything those JS files import
 * statically (not `import()`).
 */
export function firstScreenFiles(dist: string, path = '/posyandu'): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // data-src: the classic-script build's entry, which SystemJS loads (vite.config.ts).
  const queue = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href|data-src)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  queue.push(...(routeTableIn(html)?.[path] ?? []).map((f) => f.replace(/^\//, '')));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`);
    // A SystemJS chunk lists its static imports first: System.register([`./a.js`, ...], ...).
    for (const deps of code.matchAll(/System\.register\(\[([^\]]*)\]/g)) {
      for (const m of deps[1].matchAll(/[`"']\.\/([^`"']+\.js)[`"']/g)) queue.push(`assets/${m[1]}`);
    }
  }
  return [...seen];
}

/** Every URL in the service worker's precache manifest. */
export function precacheFiles(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)].map((m) => m[1].replace(/^\//, ''));
  return [...new Set(urls)];
}

const SHELL_PROBE = `
  (() => {
    const visible = () => {
      if (!document.querySelector('ion-tab-bar ion-tab-button')) return false;
      return [...document.querySelectorAll('ion-title')].some((t) => t.checkVisibility() && t.getBoundingClientRect().width > 0 && t.textContent.trim());
    };
    const tick = () => (visible() ? (window.__shellAt = performance.now()) : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  })();
`;

/**
 * Navigation start to tab bar + page title on screen at /posyandu, offline, 4× CPU throttling, a
 * new Chromium process each run, service worker installed. The install visit uses Playwright; the
 * server is then shut as well, so only the service worker can answer.
 *
 * `bare`: Chromium driven over a bare DevTools pipe (bare-chromium.ts), the target's measure.
 * `playwright`: the same start under Playwright, which turns DevTools' network recording on (a
 * JavaScript stack captured for every request a script starts); kept for reference, run
 * alternately with the other so both see the same machine.
 */
async function coldOfflineStarts(runs: number): Promise<{ bare: number[]; playwright: number[] }> {
  const app = await startApp();
  const url = app.url;
  const profile = mkdtempSync(join(tmpdir(), 'kader-bench-'));
  try {
    const first = await launchBrowser({ userDataDir: profile });
    const page = await first.context.newPage();
    await page.goto(url + '/');
    await waitForShell(page);
    await waitForController(page);
    await page.waitForTimeout(500);
    await first.close();
    await app.close();

    const bare: number[] = [];
    const playwright: number[] = [];
    for (let i = 0; i < runs; i++) {
      bare.push(await bareStart(profile, url + '/posyandu'));
      playwright.push(await playwrightStart(profile, url + '/posyandu'));
    }
    return { bare, playwright };
  } finally {
    rmSync(profile, { recursive: true, force: true });
    await app.close().catch(() => undefined);
  }
}

async function bareStart(profile: string, url: string): Promise<number> {
  const p = await openBarePage(profile);
  try {
    await p.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // What Playwright's setOffline does, without turning the network recording on.
    await p.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await p.send('Page.enable');
    await p.send('Page.addScriptToEvaluateOnNewDocument', { source: SHELL_PROBE });
    await p.send('Page.navigate', { url });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      const t = await p.evaluate<number | null>('typeof window.__shellAt === "number" ? window.__shellAt : null').catch(() => null);
      if (typeof t !== 'number') continue;
      if (await p.evaluate<boolean>('navigator.onLine')) throw new Error('the bare page was not offline');
      return t;
    }
    throw new Error('the first screen did not appear within 60 s');
  } finally {
    await p.close();
  }
}

async function playwrightStart(profile: string, url: string): Promise<number> {
  const b = await launchBrowser({ userDataDir: profile });
  try {
    await b.context.setOffline(true);
    const p = b.context.pages()[0] ?? (await b.context.newPage());
    await p.addInitScript(SHELL_PROBE);
    const cdp = await b.context.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await p.goto(url, { waitUntil: 'commit' });
    await p.waitForFunction(() => typeof (window as unknown as { __shellAt?: number }).__shellAt === 'number', undefined, { timeout: 60_000 });
    return await p.evaluate(() => (window as unknown as { __shellAt: number }).__shellAt);
  } finally {
    await b.close();
  }
}

const bench: BenchModule = {
  title: 'App shell (PWA)',
  async run(): Promise<BenchResult[]> {
    const dist = ensureBuilt();
    const first = firstScreenFiles(dist);
    const firstGz = first.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
    const precache = precacheFiles(dist);
    const precacheGz = precache.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
    const times = await coldOfflineStarts(5);
    const start = median(times.bare);
    return [
      {
        name: 'First screen JS + CSS (gzip)',
        value: kb(firstGz),
        unit: 'KB',
        target: '≤ 250 KB',
        pass: kb(firstGz) <= 250,
        notes: `${first.length} files at /posyandu: index.html's scripts, CSS and preloads, the files its route-preload script adds there, plus their static imports; gzip -9`,
      },
      {
        name: 'Whole precache (gzip)',
        value: kb(precacheGz),
        unit: 'KB',
        target: '≤ 2048 KB (2 MB)',
        pass: precacheGz <= 2 * 1024 * 1024,
        notes: `${precache.length} files from the precache manifest in dist/sw.js (sw.js itself not counted); gzip -9`,
      },
      {
        name: 'Cold offline start to first screen',
        value: Math.round(start),
        unit: 'ms',
        target: '≤ 1500 ms',
        pass: start <= 1500,
        notes: `median of ${times.bare.length} (${times.bare.map((t) => Math.round(t)).join(', ')} ms); new Chromium process each run over a bare DevTools pipe, service worker installed, offline (DevTools network emulation, server shut too), 4× CPU throttling; navigation start to tab bar and page title visible at /posyandu`,
      },
      {
        name: 'Same, under Playwright (reference)',
        value: Math.round(median(times.playwright)),
        unit: 'ms',
        target: '—',
        pass: null,
        notes: `median of ${times.playwright.length} (${times.playwright.map((t) => Math.round(t)).join(', ')} ms), run alternately with the row above; Playwright records network requests with their JavaScript stacks, which a phone does not (docs/cold-start.md)`,
      },
    ];
  },
};

export default bench;
