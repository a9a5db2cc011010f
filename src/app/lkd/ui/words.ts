import type { MessageKey } from '../../i18n';
import { SECTIONS, type BoardPosition, type Finding, type Ground, type InstitutionType } from '../../../domain/lkd';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

// The LKD codes in the user's words. Articles are cited as the Perdes writes them, in both languages.

export const typeLabel = (t: T, type: InstitutionType) => t(`lkd.type.${type}` as MessageKey);
export const groundLabel = (t: T, g: Ground) => t(`lkd.ground.${g}` as MessageKey);

/** 'Ketua', 'Sekretaris Pokja II', 'Bidang Pembangunan Sarana dan Prasarana', 'Bidang Keamanan'. */
export function positionLabel(t: T, position: BoardPosition, section?: string): string {
  const p = t(`lkd.position.${position}` as MessageKey);
  if (!section) return p;
  if ((SECTIONS as readonly string[]).includes(section)) {
    const s = t(`lkd.section.${section}` as MessageKey);
    return position === 'bidang' ? s : `${p} ${s}`;
  }
  return `${p} ${section}`;
}

/** One finding as a sentence (its article is shown beside it by Findings). */
export function findingText(t: T, f: Finding, fmtDate: (iso: string) => string): string {
  const v = f.values ?? {};
  const p: Record<string, string | number> = { ...v };
  for (const k of ['date', 'on', 'since'] as const) if (typeof v[k] === 'string') p[k] = fmtDate(v[k] as string);
  if (typeof v.ground === 'string') p.ground = groundLabel(t, v.ground as Ground);
  if (typeof v.position === 'string') p.position = positionLabel(t, v.position as BoardPosition, v.section as string | undefined);
  return t(`lkd.f.${f.code}` as MessageKey, p);
}
