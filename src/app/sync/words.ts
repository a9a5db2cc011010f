import type { SyncErrorKind } from '../../sync';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';

// Server reasons and error kinds in words a kader understands. Technical details are only
// appended where they help (which field is wrong), never a stack trace.

export function errorWords(kind: SyncErrorKind, reason = ''): string {
  return t(`sync.error.${kind}` as MessageKey, { detail: reason || '-' });
}

/** 'scope' | 'invalid: posyandu.child.sex: …' | 'unknown-kind' | 'too-large' | anything else. */
export function reasonWords(reason: string): string {
  const [head, ...rest] = reason.split(':');
  const detail = rest.join(':').trim();
  switch (head.trim()) {
    case 'scope':
      return t('sync.reason.scope');
    case 'invalid':
      return t('sync.reason.invalid', { detail: detail || '-' });
    case 'unknown-kind':
      return t('sync.reason.unknown-kind');
    case 'too-large':
      return t('sync.reason.too-large');
    case 'conflict':
      return t('sync.reason.conflict');
    default:
      return t('sync.reason.other', { detail: reason || '-' });
  }
}

const ENROL_REASONS = ['unknown-code', 'used-code', 'expired-code', 'revoked-code'];

export function enrolErrorWords(kind: SyncErrorKind, reason: string, retryAfterSec?: number): string {
  if (ENROL_REASONS.includes(reason)) return t(`sync.enrol.bad.${reason}` as MessageKey);
  // The server locks out an address after too many wrong codes (src/server/auth/enrol-limit.ts).
  if (reason === 'too-many-failed-codes') return t('sync.enrol.bad.too-many', { minutes: Math.max(1, Math.ceil((retryAfterSec ?? 600) / 60)) });
  if (kind === 'offline' || kind === 'timeout' || kind === 'server' || kind === 'protocol') return errorWords(kind, reason);
  return t('sync.enrol.bad.other', { detail: reason || kind });
}

export function roleWords(role: string): string {
  return t(`sync.role.${role}` as MessageKey);
}

/**
 * A record kind in words: the record strings' 'kind.<kind>' (loaded with the module pages) when
 * there, else "Catatan". Never the schema key.
 */
export function kindWords(kind: string): string {
  const key = `kind.${kind}`;
  const w = t(key as MessageKey);
  return w === key ? t('sync.kind.record') : w;
}

/** The name a person would use for a record: its name, a family's head, a household's address. */
export function recordName(data: unknown): string {
  const d = (data ?? {}) as Record<string, unknown>;
  for (const k of ['name', 'nama', 'headName', 'address', 'date']) {
    if (typeof d[k] === 'string' && d[k]) return d[k] as string;
  }
  return '';
}

/** "Data balita "Dewi"": kind and name, or the kind alone. */
export function recordTitle(kind: string, data: unknown): string {
  const name = recordName(data);
  return name ? t('sync.kind.record.named', { kind: kindWords(kind), name }) : kindWords(kind);
}

/** Another phone as a kader knows it: her name, then the phone's name, then its area. */
export function whoWords(d: { kaderName: string | null; deviceName: string | null; label: string }): string {
  const parts = [d.kaderName, d.deviceName].filter((x): x is string => !!x);
  if (parts.length === 2) return `${parts[0]} (${parts[1]})`;
  return parts[0] ?? (d.label || t('sync.notices.someone'));
}
