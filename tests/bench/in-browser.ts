import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launchBrowser, REPO_ROOT, startApp } from '../e2e/browser';

// Benchmarks of the phone's code where it runs: real Chromium and IndexedDB at the app's origin,
// 4× CPU throttling over CDP. The bench's entry source (which sets window.__bench) is bundled
// from the repo sources with Vite and injected into a page of the built app.

async function bundle(entrySource: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kd-bench-'));
  try {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, entrySource);
    const out = await build({
      configFile: false,
      root: REPO_ROOT,
      logLevel: 'warn',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        write: false,
        minify: true,
        lib: { entry, formats: ['iife'], name: 'KaderDesaBench', fileName: () => 'bench.js' },
      },
    });
    const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
    const chunk = outputs[0].output.find((o) => o.type === 'chunk');
    if (!chunk?.code) throw new Error('bench bundle: no chunk');
    return chunk.code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens `path` of the built app, throttles the CPU 4×, injects the bundle and returns `await window.__bench(runs)`. */
export async function runInThrottledPage<R>(entrySource: string, path: string, runs: number): Promise<R> {
  const code = await bundle(entrySource);
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    // Same origin as the app, so IndexedDB behaves as on the phone.
    await page.goto(app.url + path);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addScriptTag({ content: code });
    return (await page.evaluate((n) => (window as any).__bench(n), runs)) as R;
  } finally {
    await browser.close();
    await app.close();
  }
}
