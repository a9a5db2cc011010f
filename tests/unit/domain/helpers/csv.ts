import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = join(__dirname, '..', '..', '..', 'fixtures', 'who');

// Fixtures written by R quote their text cells ("North"); none has a comma inside a cell.
const cellsOf = (line: string) => line.split(',').map((c) => (c.startsWith('"') && c.endsWith('"') ? c.slice(1, -1) : c));

/** Rows of a fixture CSV as objects keyed by header (all values strings; '' for empty). */
export function readWhoFixture(name: string): Record<string, string>[] {
  const lines = readFileSync(join(fixtures, name), 'utf8').trim().split(/\r?\n/);
  const header = cellsOf(lines[0]);
  return lines.slice(1).map((line) => {
    const cells = cellsOf(line);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}
