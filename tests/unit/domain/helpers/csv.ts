import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = join(__dirname, '..', '..', '..', 'fixtures', 'who');

/** Rows of a fixture CSV as objects keyed by header (all values strings; '' for empty). */
export function readWhoFixture(name: string): Record<string, string>[] {
  const lines = readFileSync(join(fixtures, name), 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}
