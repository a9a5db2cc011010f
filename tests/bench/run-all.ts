// Runs every tests/bench/*.bench.ts and writes BENCHMARKS.md: `npm run bench`.
// One failing bench is reported with its error; the others still run.
// `npm run bench -- app posyandu` runs only the benches whose file name contains a given word.
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from './harness';
import { chromiumVersion, REPO_ROOT } from '../e2e/browser';

interface Outcome {
  file: string;
  title: string;
  results: BenchResult[];
  error?: string;
  seconds: number;
}

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((w) => f.includes(w)))
  .sort();

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

async function runOne(file: string): Promise<Outcome> {
  const t0 = performance.now();
  let title = file;
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: BenchModule };
    if (!mod.default?.run) throw new Error('no default export { title, run }');
    title = mod.default.title;
    const results = await mod.default.run();
    return { file, title, results, seconds: (performance.now() - t0) / 1000 };
  } catch (err) {
    const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { file, title, results: [], error, seconds: (performance.now() - t0) / 1000 };
  }
}

// The PostgreSQL figures need a server: unless BENCH_DATABASE_URL names one, start a throwaway
// cluster on a loopback port as the tests do (installing PostgreSQL when we are root).
let pg: { url: string; stop(): void } | null = null;
if (!process.env.BENCH_DATABASE_URL) {
  const { ensurePostgres } = await import('../../scripts/system-deps.mjs');
  if (ensurePostgres()) {
    const { startPgCluster } = await import('../../scripts/pg-test-cluster.mjs');
    pg = await startPgCluster();
    process.env.BENCH_DATABASE_URL = pg.url;
  }
}

const outcomes: Outcome[] = [];
for (const file of files) {
  process.stdout.write(`bench ${file} … `);
  const o = await runOne(file);
  outcomes.push(o);
  const failed = o.results.filter((r) => r.pass === false).length;
  console.log(o.error ? `ERROR ${o.error}` : `${o.results.length} results, ${failed} over target (${o.seconds.toFixed(1)} s)`);
  for (const r of o.results) console.log(`  ${r.pass === null ? 'ref ' : r.pass ? 'ok  ' : 'OVER'} ${r.name}: ${r.value} ${r.unit} (target ${r.target})`);
}

const cpu = cpus();
const lines: string[] = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (tests/bench/run-all.ts). Targets are from the issues; a value over',
  'its target is a finding to act on, not a test failure.',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- CPU: ${cpu[0]?.model ?? 'unknown'} (${cpu.length} cores)`,
  `- Memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
  `- Node: ${process.version}`,
  `- Browser: ${chromiumVersion()}`,
  '',
];
for (const o of outcomes) {
  lines.push(`## ${o.title}`, '', `\`tests/bench/${o.file}\`, ${o.seconds.toFixed(1)} s`, '');
  if (o.error) {
    lines.push(`**Error:** ${cell(o.error)}`, '');
    continue;
  }
  lines.push('| name | value | unit | target | pass | notes |', '| --- | ---: | --- | --- | --- | --- |');
  for (const r of o.results) {
    lines.push(`| ${cell(r.name)} | ${r.value} | ${r.unit} | ${cell(r.target)} | ${r.pass === null ? '—' : r.pass ? 'yes' : '**no**'} | ${cell(r.notes ?? '')} |`);
  }
  lines.push('');
}
const out = join(REPO_ROOT, 'BENCHMARKS.md');
writeFileSync(out, lines.join('\n'));
console.log(`wrote ${out}`);
process.exitCode = outcomes.some((o) => o.error) ? 1 : 0;
pg?.stop();
