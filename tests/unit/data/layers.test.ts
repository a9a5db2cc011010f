import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { join } from 'node:path';

// src/data sits below src/sync (README's layer table): the lint rule in eslint.config.js keeps an
// import up the layers from coming back. This checks the rule itself bites.
const root = join(__dirname, '..', '..', '..');

async function lint(file: string, code: string) {
  const eslint = new ESLint({ cwd: root });
  const [r] = await eslint.lintText(code, { filePath: join(root, file) });
  return r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rule: src/data may not import src/sync', () => {
  it('refuses a sync import in a data file, at any depth, and allows src/data/device.ts', async () => {
    expect(await lint('src/data/posyandu/x.ts', "import { getEnrolment } from '../../sync/enrolment';\nexport const x = getEnrolment;\n")).toHaveLength(1);
    expect(await lint('src/data/x.ts', "import { SyncEngine } from '../sync';\nexport const x = SyncEngine;\n")).toHaveLength(1);
    expect(await lint('src/data/posyandu/x.ts', "import { getEnrolment } from '../device';\nexport const x = getEnrolment;\n")).toEqual([]);
    // The sync layer may use the data layer.
    expect(await lint('src/sync/x.ts', "import { getEnrolment } from '../data/device';\nexport const x = getEnrolment;\n")).toEqual([]);
  }, 60_000);
});
