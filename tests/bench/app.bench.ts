import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, type BenchModule, type BenchResult } from './harness';
import { routeTableIn } from '../../scripts/route-preload';
import { ensureBuilt, launchBrowser, startApp, waitForController, waitForShell } from '../e2e/browser';

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/**
 * The JS and CSS the first screen at `path` needs before it can render: index.html's script,
 * stylesheets and modulepreload links, the files its inline route-preload script adds for that
 * address (the tab's home page, scripts/route-preload.ts), and everything those JS files import
 * statically (not `import()`).
 */
export function firstScreenFiles(dist: string, path = '/posyandu'): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  queue.push(...(routeTableIn(html)?.[path] ?? []).map((f) => f.replace(/^\//, '')));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`);
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

/** Navigation start to tab bar + page title on screen, offline, 4× CPU throttling, fresh browser each run. */
async function coldOfflineStarts(runs: number): Promise<number[]> {
  const app = await startApp();
  const profile = mkdtempSync(join(tmpdir(), 'kader-bench-'));
  try {
    // Install: the first visit, online, until the service worker controls the page.
    const first = await launchBrowser({ userDataDir: profile });
    const page = await first.context.newPage();
    await page.goto(app.url + '/');
    await waitForShell(page);
    await waitForController(page);
    await page.waitForTimeout(500);
    await first.close();

    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const b = await launchBrowser({ userDataDir: profile });
      try {
        await b.context.setOffline(true);
        const p = b.context.pages()[0] ?? (await b.context.newPage());
        await p.addInitScript(SHELL_PROBE);
        const cdp = await b.context.newCDPSession(p);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await p.goto(app.url + '/posyandu', { waitUntil: 'commit' });
        await p.waitForFunction(() => typeof (window as unknown as { __shellAt?: number }).__shellAt === 'number', undefined, { timeout: 60_000 });
        times.push(await p.evaluate(() => (window as unknown as { __shellAt: number }).__shellAt));
      } finally {
        await b.close();
      }
    }
    return times;
  } finally {
    rmSync(profile, { recursive: true, force: true });
    await app.close();
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
    const start = median(times);
    return [
      {
        name: 'First screen JS + CSS (gzip)',
        value: kb(firstGz),
        unit: 'KB',
        target: '≤ 250 KB',
        pass: kb(firstGz) <= 250,
        notes: `${first.length} files at /posyandu: index.html's script, CSS and modulepreloads, the Posyandu home page's files its route-preload script adds, plus their static imports; gzip -9`,
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
        notes: `median of ${times.length} (${times.map((t) => Math.round(t)).join(', ')} ms); new Chromium process each run, service worker installed, context offline, 4× CPU throttling; navigation start to tab bar and page title visible at /posyandu`,
      },
    ];
  },
};

export default bench;
