import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser';

/**
 * Chromium driven over its DevTools pipe with nothing but the calls a measurement needs.
 *
 * Playwright turns on the Network domain (and more) in every page it attaches to. With the
 * Network domain on, Chromium captures a JavaScript stack trace for every request a script starts,
 * so that DevTools can show its initiator, and V8 then re-parses each function on those stacks for
 * its source positions: code read from V8's code cache carries none. On a throttled cold start
 * that was ~0.2 s no phone pays (docs/cold-start.md). The cold-start bench therefore measures
 * here: Target, Page, Runtime.evaluate, Emulation and the network emulation only, no domain that
 * records stacks.
 */
export interface BarePage {
  send<T = unknown>(method: string, params?: object): Promise<T>;
  /** Evaluates an expression in the page and returns its value (JSON). */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function openBarePage(userDataDir: string, viewport = { width: 412, height: 860 }): Promise<BarePage> {
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-pipe', `--user-data-dir=${userDataDir}`, `--window-size=${viewport.width},${viewport.height}`, '--lang=id-ID', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let buffered = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const msg = JSON.parse(buffered.slice(0, end)) as { id?: number; result?: unknown; error?: { message: string } };
      buffered = buffered.slice(end + 1);
      const p = msg.id === undefined ? undefined : pending.get(msg.id);
      if (!p) continue;
      pending.delete(msg.id!);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
    }
  });
  // A browser that dies (crash, profile still locked) fails the calls waiting on it, not hangs them.
  child.once('exit', (code, signal) => {
    for (const p of pending.values()) p.reject(new Error(`Chromium exited (${code ?? signal}) before answering`));
    pending.clear();
  });
  const call = <T>(method: string, params: object = {}, sessionId?: string) =>
    new Promise<T>((resolve, reject) => {
      if (child.exitCode !== null || child.signalCode !== null) return reject(new Error('Chromium is not running'));
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });

  const { targetInfos } = await retry(() => call<{ targetInfos: { targetId: string; type: string }[] }>('Target.getTargets'), (r) => r.targetInfos.some((t) => t.type === 'page'));
  const target = targetInfos.find((t) => t.type === 'page');
  if (!target) throw new Error('Chromium opened no page to attach to');
  const { sessionId } = await call<{ sessionId: string }>('Target.attachToTarget', { targetId: target.targetId, flatten: true });
  return {
    send: <T>(method: string, params?: object) => call<T>(method, params, sessionId),
    async evaluate<T>(expression: string) {
      const r = await call<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression, returnByValue: true }, sessionId);
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
      return r.result.value;
    },
    close: () => closeChild(child, () => call('Browser.close')),
  };
}

async function retry<T>(f: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; ; i++) {
    const v = await f();
    if (ok(v) || i > 50) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function closeChild(child: ChildProcess, ask: () => Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await Promise.race([ask().catch(() => undefined), new Promise((r) => setTimeout(r, 3000))]);
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
