import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Numbers reach people only through formatNumber / formatPercent / formatMeasure (src/app/i18n,
// built on src/domain/format.ts) or the CSV writer (src/domain/csv.ts): '8,7 kg' in Indonesian,
// '8.7 kg' in English. This guard fails when a screen, report or export formats a number itself —
// toFixed/toLocaleString/Intl.NumberFormat, or a number glued to a unit in a template — so a
// decimal point cannot slip back into an Indonesian screen. A line that formats for a machine
// (SVG coordinates) says so with a `format-guard:` comment.

const ROOT = join(__dirname, '..', '..', '..');
const DIRS = ['src/app', 'src/data', 'src/server/reports', 'src/server/county'];
const ALLOWED_FILES = new Set(['src/domain/format.ts', 'src/domain/csv.ts']);

const RULES: [string, RegExp][] = [
  ['toFixed', /\.toFixed\(/],
  ['toLocaleString', /\.toLocaleString\(/],
  ['Intl.NumberFormat', /Intl\.NumberFormat/],
  ['a number glued to a unit in a template (${x} kg)', /\$\{(?!\s*format)[^}]*\}\s?(kg|cm|%)/],
  ['a number glued to % in JSX ({x}%)', /\{(?!\s*format)[^{}]*\}\s?%(?!\w)/],
  ['a hand-rounded percentage', /Math\.round\([^)]*\*\s*1000\)\s*\/\s*10\b/],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) && !/\.d\.ts$/.test(f) ? [p] : [];
  });
}

describe('numbers are formatted in one place', () => {
  const all = DIRS.flatMap((d) => files(join(ROOT, d))).filter((f) => !ALLOWED_FILES.has(relative(ROOT, f)) && !f.includes('/i18n/strings/'));
  it('scans the screens, reports and exports', () => expect(all.length).toBeGreaterThan(100));
  it('no screen, report or export formats a number itself', () => {
    const found: string[] = [];
    for (const f of all) {
      readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        if (/format-guard:/.test(line) || /^\s*(\/\/|\*)/.test(line)) return;
        for (const [what, re] of RULES) if (re.test(line)) found.push(`${relative(ROOT, f)}:${i + 1} ${what}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(found).toEqual([]);
  });
  it('the guard itself catches the patterns it is for', () => {
    const bad = ['`${v.data.weightKg} kg`', 'x.toFixed(1)', 'n.toLocaleString("id-ID")', '<td>{v * 100}%</td>', 'Math.round(x * 1000) / 10'];
    for (const b of bad) expect(RULES.some(([, re]) => re.test(b)), b).toBe(true);
    for (const ok of ['`${formatNumber(w)} kg`', 'formatPercent(x)', '`${n} anak`']) expect(RULES.some(([, re]) => re.test(ok)), ok).toBe(false);
  });
});
