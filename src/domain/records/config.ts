import * as v from 'valibot';
import { defineKind, type SyncRecord } from './envelope';
import { KBM_KMS_2010, type KbmTable } from '../kms/kbm';
import type { StrataProfileId } from '../strata/profiles';
import { DEFAULT_LOCK_AFTER_MINUTES } from '../security/pin-rules';

// Configuration the county pushes to phones (strata profile, versioned domain tables).
// Only county devices (and the county endpoint itself) write these; every device in the kabupaten
// pulls them, because they live at the kabupaten address (server/sync/scope.ts).
//
// `config.county.version` is the one number a phone reports back (client.configVersion): the
// county endpoint raises it on every change of the profile or of any table, so a device list
// can say "this phone still computes with configuration 3".

export const STRATA_PROFILE_IDS = ['nasional', 'prangat-selatan-2025'] as const;

const kbmBand = v.object({
  fromMonths: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(59)),
  toMonths: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(59)),
  grams: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000)),
});

/** A KBM table as data: ascending, contiguous bands starting at 0 months (as domain/kms/kbm.ts expects). */
export const kbmTableSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
    version: v.pipe(v.number(), v.integer(), v.minValue(1)),
    source: v.pipe(v.string(), v.maxLength(300)),
    bands: v.pipe(v.array(kbmBand), v.minLength(1), v.maxLength(60)),
  }),
  v.check((t) => kbmBandsContiguous(t.bands), 'kbm bands must start at 0 and be ascending and contiguous'),
);

export function kbmBandsContiguous(bands: { fromMonths: number; toMonths: number }[]): boolean {
  let next = 0;
  for (const b of bands) {
    if (b.fromMonths !== next || b.toMonths < b.fromMonths) return false;
    next = b.toMonths + 1;
  }
  return true;
}

export const configKinds = {
  'config.county': defineKind({
    kind: 'config.county',
    module: 'config',
    mode: 'shared',
    schema: v.object({
      strataProfile: v.picklist(STRATA_PROFILE_IDS),
      /** Configuration version phones report back; absent on records written before it existed (= 0). */
      version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      /** ISO date the county changed it, shown on phones ("profil dari kabupaten sejak …"). */
      changedOn: v.optional(v.pipe(v.string(), v.isoDate())),
      /** Minutes in the background before phones with PINs ask for one again (issue 17); absent = 5. */
      lockAfterMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240))),
    }),
  }),
  /** The county's KBM table (KMS minimum monthly gain), replacing the built-in one on every phone. */
  'config.kbm': defineKind({ kind: 'config.kbm', module: 'config', mode: 'shared', schema: kbmTableSchema }),
};

export interface ActiveConfig {
  strataProfile: StrataProfileId;
  kbm: KbmTable;
  /** 0 when no county configuration has synced (built-in defaults). */
  version: number;
  /** 'county' when a config.county record is present, else 'default'. */
  source: 'county' | 'default';
  /** Minutes in the background before the PIN is asked again (DEFAULT_LOCK_AFTER_MINUTES when unset). */
  lockAfterMinutes: number;
}

/** What activeConfig reads of a record: a SyncRecord, or a server row with the same fields. */
export type ConfigRecordLike<D = unknown> = Pick<SyncRecord<D>, 'kind' | 'data' | 'updatedAt'> & { deleted?: boolean };

/**
 * The configuration a device computes with, from the config.* records it holds (any order,
 * tombstones allowed). Pure, so the phone (Posyandu strata/KMS) and the county server use the
 * same choice. Several config.county records (an old demo one and a newer one): the highest
 * version wins, then the latest edit.
 */
export function activeConfig(records: readonly ConfigRecordLike[], fallbackProfile: StrataProfileId = 'nasional'): ActiveConfig {
  const pick = (kind: string, rank: (r: ConfigRecordLike<any>) => number) => {
    let best: ConfigRecordLike<any> | undefined;
    for (const r of records) {
      if (r.kind !== kind || r.deleted) continue;
      if (!best || rank(r) > rank(best) || (rank(r) === rank(best) && r.updatedAt > best.updatedAt)) best = r;
    }
    return best;
  };
  const county = pick('config.county', (r) => r.data?.version ?? 0) as ConfigRecordLike<{ strataProfile: StrataProfileId; version?: number; lockAfterMinutes?: number }> | undefined;
  const kbm = pick('config.kbm', (r) => r.data?.version ?? 0) as ConfigRecordLike<KbmTable> | undefined;
  return {
    strataProfile: county?.data.strataProfile ?? fallbackProfile,
    kbm: kbm ? kbm.data : KBM_KMS_2010,
    version: county?.data.version ?? 0,
    source: county ? 'county' : 'default',
    lockAfterMinutes: county?.data.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES,
  };
}
