-- Frozen fixture: a county database as a server with migrations 001-core … 001-core left it,
-- with rows of that era's shape. Never edit: later migrations must upgrade exactly this.
-- Tokens of its devices (only their SHA-256 is stored): kader fixture-token-kader-mawar-000000000001, county fixture-token-county-6411-000000000002, rt fixture-token-rt-revoked-0000000000003, other fixture-token-county-6412-000000000004.

-- migration 001-core, as released
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

create table schema_migrations (id text primary key, applied_at timestamptz not null default now());
insert into schema_migrations (id, applied_at) values ('001-core', '2026-01-01 00:00:00+00');

-- Rows of the shape this schema's server wrote.
insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by, server_at) values ('64.11', 'mawar', 'posyandu.unit', 'posyandu', '64.11/64.11.05.2003/posyandu:mawar', null, '{"name":"Mawar","desaCode":"64.11.05.2003","desaName":"Prangat Selatan"}'::jsonb, false, 1, '2026-02-01T08:00:00.000Z', 'dev-c1', '2026-03-02 10:00:00+00');
insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by, server_at) values ('64.11', '01JFIX0000000000000000CH01', 'posyandu.child', 'posyandu', '64.11/64.11.05.2003/posyandu:mawar', null, '{"name":"Siti Nur 𝕏 Ñ","sex":"P","birthDate":"2024-03-01","hasKms":true}'::jsonb, false, 2, '2026-03-01T08:00:00.000Z', 'dev-k1', '2026-03-03 10:00:00+00');
insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by, server_at) values ('64.11', '01JFIX0000000000000000VI01', 'posyandu.visit', 'posyandu', '64.11/64.11.05.2003/posyandu:mawar', '01JFIX0000000000000000CH01', '{"childId":"01JFIX0000000000000000CH01","date":"2026-02-10","weightKg":8.7}'::jsonb, false, 3, '2026-04-01T08:00:00.000Z', 'dev-k1', '2026-03-04 10:00:00+00');
insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by, server_at) values ('64.11', '01JFIX0000000000000000CH02', 'posyandu.child', 'posyandu', '64.11/64.11.05.2003/posyandu:mawar', null, '{"name":"Budi","sex":"L","birthDate":"2023-01-05","hasKms":false}'::jsonb, true, 4, '2026-05-01T08:00:00.000Z', 'dev-k1', '2026-03-05 10:00:00+00');
insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by, server_at) values ('64.11', '01JFIX0000000000000000PE01', 'rt.person', 'rt', '64.11/64.11.05.2003/rt:001', null, '{"name":"Warga Satu","sex":"L","birthDate":"1980-01-01","citizenship":"WNI"}'::jsonb, false, 5, '2026-06-01T08:00:00.000Z', 'dev-r1', '2026-03-06 10:00:00+00');
insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by, server_at) values ('64.11', 'config-county-6411', 'config.county', 'config', '64.11', null, '{"strataProfile":"nasional","version":1,"changedOn":"2026-01-01"}'::jsonb, false, 6, '2026-07-01T08:00:00.000Z', 'dev-c1', '2026-03-07 10:00:00+00');
insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by, server_at) values ('64.11', '01JFIX0000000000000000DW01', 'dasawisma.group', 'dasawisma', '64.11/64.11.05.2003/rt:001/dw:anggrek', null, '{"name":"Anggrek"}'::jsonb, false, 7, '2026-08-01T08:00:00.000Z', 'dev-c1', '2026-03-08 10:00:00+00');
insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by, server_at) values ('64.12', '01JFIX0000000000000000CH03', 'posyandu.child', 'posyandu', '64.12/64.12.01.2001/posyandu:lain', null, '{"name":"Lain","sex":"P","birthDate":"2024-01-01","hasKms":true}'::jsonb, false, 8, '2026-09-01T08:00:00.000Z', 'dev-c2', '2026-03-09 10:00:00+00');
insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by, server_at) values ('64.11', '01JFIX0000000000000000VI02', 'posyandu.visit', 'posyandu', '64.11/64.11.05.2003/posyandu:mawar', '01JFIX0000000000000000CH01', '{"childId":"01JFIX0000000000000000CH01","date":"2026-03-10","weightKg":9.1,"notes":"naik"}'::jsonb, false, 9, '2026-01-01T08:00:00.000Z', 'dev-k1', '2026-03-01 10:00:00+00');
select setval('change_seq', 9);
insert into devices (kab, id, token_hash, role, scope, label, code_hint, device_name, app_version, pending, config_version, last_applied_seq, last_pull_cursor, last_sync_at, enrolled_at, revoked_at) values
  ('64.11', 'dev-k1', '4dd2b7423a6b570e784259df9844c05d00ddf722e3eb2225a9610252f3a0c633', 'kader', '{"kabupaten":"64.11","prefix":"64.11/64.11.05.2003/posyandu:mawar","modules":["posyandu"],"label":"Posyandu Mawar"}'::jsonb, 'Posyandu Mawar', 'KADE…AR', 'HP Kader Ñ', '0.1.0', 0, 1, 5, 9, '2026-03-10 09:00:00+00', '2026-01-02 09:00:00+00', null),
  ('64.11', 'dev-c1', '97716d9f624e56c70a2134ce421c04fd477eaee99d2f4bf2e268bad20b65863a', 'county', '{"kabupaten":"64.11","prefix":"64.11","modules":["posyandu","rt","dasawisma","config"],"label":"Kabupaten 64.11"}'::jsonb, 'Kabupaten 64.11', 'KAB-…11', null, null, null, null, 0, 0, null, '2026-01-01 09:00:00+00', null),
  ('64.11', 'dev-r1', '6f5fd0fc09741ed3df3cf5d266f65ecb1c45dd7c3c68bc4dbdd73eff27b5aec7', 'ketua-rt', '{"kabupaten":"64.11","prefix":"64.11/64.11.05.2003/rt:001","modules":["rt"],"label":"RT 001"}'::jsonb, 'RT 001', 'RT-0…PS', null, '0.1.0', 3, 1, 1, 5, '2026-02-01 09:00:00+00', '2026-01-03 09:00:00+00', '2026-02-15 09:00:00+00'),
  ('64.12', 'dev-c2', '11defe2a49e3c327d278e936eb9751204d40899da30381f8a92580a027162239', 'county', '{"kabupaten":"64.12","prefix":"64.12","modules":["posyandu","rt","dasawisma","config"],"label":"Kabupaten 64.12"}'::jsonb, 'Kabupaten 64.12', null, null, null, null, null, 1, 8, null, '2026-01-04 09:00:00+00', null);
insert into enrol_codes (code_hash, hint, kab, role, scope, uses_left, expires_at, demo, created_at, revoked_at) values
  ('9dab5f91417386e8f0132f350f2e8543e636f7689decb036e0c525877fa115eb', 'KADE…AR', '64.11', 'kader', '{"kabupaten":"64.11","prefix":"64.11/64.11.05.2003/posyandu:mawar","modules":["posyandu"],"label":"Posyandu Mawar"}'::jsonb, null, null, true, '2026-01-01 08:00:00+00', null),
  ('825b21072093795362163f06ad399e0ee235d778db8fb5c0f8acbe4b0f72a104', 'KD-F…ED', '64.11', 'ketua-rt', '{"kabupaten":"64.11","prefix":"64.11/64.11.05.2003/rt:001","modules":["rt"],"label":"RT 001"}'::jsonb, 0, '2027-01-01 00:00:00+00', false, '2026-01-02 08:00:00+00', null);
insert into conflicts (kab, record_id, kind, addr, loser, loser_device, loser_seq, base_version, winner_version, winner_device, created_at, resolved_at) values
  ('64.11', '01JFIX0000000000000000CH01', 'posyandu.child', '64.11/64.11.05.2003/posyandu:mawar', '{"id":"01JFIX0000000000000000CH01","kind":"posyandu.child","addr":"64.11/64.11.05.2003/posyandu:mawar","parent":null,"data":{"name":"Siti N","sex":"P","birthDate":"2024-03-01","hasKms":true},"deleted":false,"version":0,"updatedAt":"2026-02-02T08:00:00.000Z","updatedBy":"dev-k2"}'::jsonb, 'dev-k2', 3, 1, 2, 'dev-k1', '2026-02-02 08:00:00+00', null);
insert into push_rejections (kab, device_id, seq, record_id, reason, created_at) values
  ('64.11', 'dev-k1', 4, '01JFIX0000000000000000XX01', 'scope', '2026-02-03 08:00:00+00');
