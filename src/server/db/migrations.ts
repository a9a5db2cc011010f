import type { Db } from './types';

// Ordered migrations, the same SQL for PGlite and PostgreSQL. Never edit one that has shipped:
// add a new entry. Every table that grows with the county carries `kab` (the first address
// segment) first in its primary key, so a national deployment can distribute it by kab on Citus
// (docs/scaling.md).
export const MIGRATIONS: { id: string; sql: string }[] = [
  {
    id: '001-core',
    sql: `
create sequence change_seq;

create table records (
  kab text not null,
  id text not null,
  kind text not null,
  module text not null,
  addr text not null,
  parent text,
  data jsonb not null,
  deleted boolean not null default false,
  version bigint not null,
  updated_at text not null,
  updated_by text not null,
  server_at timestamptz not null default now(),
  primary key (kab, id)
);
create index records_kab_version on records (kab, version);
create index records_kab_addr on records (kab, addr text_pattern_ops, version);

create table devices (
  kab text not null,
  id text not null,
  token_hash text not null,
  role text not null,
  scope jsonb not null,
  label text not null,
  code_hint text,
  device_name text,
  app_version text,
  pending integer,
  config_version integer,
  last_applied_seq bigint not null default 0,
  last_pull_cursor bigint not null default 0,
  last_sync_at timestamptz,
  enrolled_at timestamptz not null default now(),
  revoked_at timestamptz,
  primary key (kab, id)
);
create index devices_token on devices (token_hash);
create index devices_id on devices (id);

create table enrol_codes (
  code_hash text primary key,
  hint text not null,
  kab text not null,
  role text not null,
  scope jsonb not null,
  uses_left integer,
  expires_at timestamptz,
  demo boolean not null default false,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

create table conflicts (
  kab text not null,
  id bigint generated always as identity,
  record_id text not null,
  kind text not null,
  addr text not null,
  loser jsonb not null,
  loser_device text not null,
  loser_seq bigint not null,
  base_version bigint not null,
  winner_version bigint not null,
  winner_device text not null,
  created_at timestamptz not null default now(),
  resolved_at timestamptz,
  primary key (kab, id)
);
create index conflicts_device_seq on conflicts (kab, loser_device, loser_seq);
create index conflicts_addr on conflicts (kab, addr text_pattern_ops);

create table push_rejections (
  kab text not null,
  device_id text not null,
  seq bigint not null,
  record_id text not null,
  reason text not null,
  created_at timestamptz not null default now(),
  primary key (kab, device_id, seq)
);
`,
  },
  {
    // Lets one UPDATE both lock the device row and return the seq it had before (RETURNING
    // shows only new values): one round trip less per push.
    id: '002-device-prev-seq',
    sql: 'alter table devices add column prev_applied_seq bigint not null default 0',
  },
  {
    // County report results per unit (Posyandu, RT) under the unit's change mark, so a fresh server
    // recomputes only units whose records changed (reports/unit-store.ts). A cache: rows can be
    // deleted at any time and are rebuilt on the next request. result is JSON as text: stored and
    // handed back as it is (jsonb would be parsed on the way in and printed on the way out).
    id: '003-report-units',
    sql: `
create table report_units (
  kab text not null,
  report text not null,
  params text not null,
  addr text not null,
  mark text not null,
  result text,
  primary key (kab, report, params, addr)
)`,
  },
  {
    // Conflicts made visible (issue 14): a phone learns about edits that lost against its own
    // version (pull's lostEdits: by winner device, after a conflict number), and names the other
    // phone's kader, which phones now send with their client info.
    id: '004-conflict-notices',
    sql: `
alter table devices add column kader_name text;
create index conflicts_winner on conflicts (kab, winner_device, id)`,
  },
];

const LOCK_ID = 7270001;

/** Applies pending migrations in one transaction; a lock keeps two starting servers apart. */
export async function migrate(db: Db): Promise<string[]> {
  return db.tx(async (q) => {
    await q.query(`select pg_advisory_xact_lock(${LOCK_ID})`);
    await q.query(
      'create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now())',
    );
    const done = new Set((await q.query<{ id: string }>('select id from schema_migrations')).map((r) => r.id));
    const applied: string[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.id)) continue;
      for (const stmt of splitSql(m.sql)) await q.query(stmt);
      await q.query('insert into schema_migrations (id) values ($1)', [m.id]);
      applied.push(m.id);
    }
    return applied;
  });
}

/** Statements one by one: extended-protocol queries (both drivers with params) take one each. */
function splitSql(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
