import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

// The real county endpoint as a child process (npm run server's entry point), so a test can
// SIGKILL it mid-run and start it again on the same data folder.

const ROOT = resolve(__dirname, '../../..');

export class ServerProcess {
  child: ChildProcess | null = null;
  log: string[] = [];
  constructor(
    readonly port: number,
    readonly dataDir: string,
    readonly env: Record<string, string> = {},
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(timeoutMs = 180_000): Promise<void> {
    // node itself with the tsx loader (not the tsx wrapper): SIGKILL must hit the server process,
    // not a wrapper that would leave the server running as an orphan.
    this.child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', DATA_DIR: this.dataDir, SEED_DEMO: '1', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (b: Buffer) => {
      this.log.push(b.toString());
      if (this.log.length > 200) this.log.shift();
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.child.exitCode !== null) throw new Error(`server exited: ${this.log.join('').slice(-2000)}`);
      try {
        const r = await fetch(`${this.url}/api/health`);
        if (r.ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not start: ${this.log.join('').slice(-2000)}`);
  }

  /** As a power cut or an OOM kill would: no shutdown handler runs. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null) return;
    const gone = new Promise((r) => c.once('exit', r));
    c.kill(signal);
    await gone;
    this.child = null;
  }
}
