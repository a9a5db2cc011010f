import { parseArgs } from 'node:util';
import { openDb } from './db/open';
import { createCode, listCodes, revokeCode } from './admin/codes';
import { listDevices, revokeDevice } from './admin/devices';
import { TOKEN_CACHE_MS } from './auth/devices';

// `npm run admin -- <command>` on the same DATA_DIR / DATABASE_URL as the server. The logic lives
// in admin/*.ts so the county web view can call the same functions.
const USAGE = `Usage: npm run admin -- <command> [options]
  create-code --role <kader|ketua-rt|dasawisma|pkk|desa|county> --scope <address prefix>
              [--label "Posyandu Mawar"] [--uses N | --unlimited] [--expires-days N] [--modules a,b]
  list-codes [--kab 64.11]
  list-devices [--kab 64.11]
  revoke-device <deviceId>
  revoke-code <code>
Environment: DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite folder, default ./data).
Note: PGlite is one process at a time — stop the server before using the CLI on a PGlite folder.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string' },
    scope: { type: 'string' },
    label: { type: 'string' },
    uses: { type: 'string' },
    unlimited: { type: 'boolean' },
    'expires-days': { type: 'string' },
    modules: { type: 'string' },
    kab: { type: 'string' },
    json: { type: 'boolean' },
  },
});
const [cmd, arg] = positionals;
if (!cmd || cmd === 'help') {
  console.log(USAGE);
  process.exit(cmd ? 0 : 1);
}
if (!['create-code', 'list-codes', 'list-devices', 'revoke-device', 'revoke-code'].includes(cmd)) {
  console.error(`unknown command ${cmd}\n\n${USAGE}`);
  process.exit(2);
}

const db = await openDb({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR ?? './data' });
let code = 0;
try {
  code = await run();
} finally {
  await db.close();
}
process.exit(code);

async function run(): Promise<number> {
  switch (cmd) {
    case 'create-code': {
      if (!values.role || !values.scope) return fail('create-code needs --role and --scope');
      const uses = values.unlimited ? null : values.uses ? Number(values.uses) : 1;
      const r = await createCode(db, {
        role: values.role,
        prefix: values.scope,
        label: values.label,
        uses,
        expiresDays: values['expires-days'] ? Number(values['expires-days']) : undefined,
        modules: values.modules?.split(',').map((s) => s.trim()).filter(Boolean),
      });
      if (!r.ok) return fail(r.message);
      console.log(`code: ${r.code}\nrole: ${r.role}\nscope: ${r.scope.prefix} [${r.scope.modules.join(', ')}]\nlabel: ${r.scope.label}\nuses: ${uses ?? 'unlimited'}`);
      console.log('The code is shown only now; the server keeps only its hash.');
      return 0;
    }
    case 'list-codes': {
      const rows = await listCodes(db, values.kab);
      if (values.json) console.log(JSON.stringify(rows, null, 2));
      else console.table(rows.map((c) => ({ code: c.hint, role: c.role, scope: c.scope.prefix, label: c.scope.label, usesLeft: c.usesLeft ?? '∞', expires: c.expiresAt ?? '', revoked: c.revokedAt ?? '' })));
      return 0;
    }
    case 'list-devices': {
      const rows = await listDevices(db, values.kab);
      if (values.json) console.log(JSON.stringify(rows, null, 2));
      else console.table(rows.map((d) => ({ id: d.id, role: d.role, scope: d.scope.prefix, lastSync: d.lastSyncAt ?? 'never', pending: d.pending ?? '', seq: d.lastAppliedSeq, cursor: d.lastPullCursor, app: d.appVersion ?? '', revoked: d.revokedAt ?? '' })));
      return 0;
    }
    case 'revoke-device': {
      if (!arg) return fail('revoke-device needs a device id');
      if (!(await revokeDevice(db, arg))) return fail(`no active device ${arg}`);
      console.log(`revoked ${arg}; a running server refuses its token within ${TOKEN_CACHE_MS / 1000} s`);
      return 0;
    }
    case 'revoke-code': {
      if (!arg) return fail('revoke-code needs the code');
      if (!(await revokeCode(db, arg))) return fail('no active code like that');
      console.log('code revoked; devices already enrolled with it keep working (revoke them one by one)');
      return 0;
    }
    default:
      return fail(`unknown command ${cmd}\n\n${USAGE}`);
  }
}

function fail(msg: string): number {
  console.error(msg);
  return 2;
}
