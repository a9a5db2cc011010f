// How the county database is spread over machines at national scale (docs/scaling.md): every
// table that grows with the county is distributed by kabupaten (`kab`, the first segment of a record
// address) and co-located with `records`, so one push or pull touches one shard; the small tables
// looked up by hash are reference tables (a copy on every node). tests/integration/server/
// citus-ready.test.ts holds the schema and the sync queries to this, and docs/scaling.md quotes
// `citusStatements()` word for word.

export const DISTRIBUTION_COLUMN = 'kab';

/** Distributed by kab, co-located with the first. */
export const DISTRIBUTED_TABLES = ['records', 'devices', 'conflicts', 'push_rejections', 'report_units'] as const;

/** Small, looked up by hash or id alone: copied to every node. */
export const REFERENCE_TABLES = ['enrol_codes', 'schema_migrations'] as const;

/** The statements a Citus coordinator runs once after the migrations. */
export function citusStatements(): string[] {
  const [first, ...rest] = DISTRIBUTED_TABLES;
  return [
    `select create_distributed_table('${first}', '${DISTRIBUTION_COLUMN}');`,
    ...rest.map((t) => `select create_distributed_table('${t}', '${DISTRIBUTION_COLUMN}', colocate_with => '${first}');`),
    ...REFERENCE_TABLES.map((t) => `select create_reference_table('${t}');`),
  ];
}
