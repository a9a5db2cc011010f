import { cleanText } from '../../domain/text';

// The server writes text only through the domain's helpers (domain/text): cleaned of NUL and lone
// surrogates and cut without splitting a character. This adapter is for optional client fields.

export { cleanText, cutText, isStorableJson, isStorableText } from '../../domain/text';

/** An optional client text (device name, app version) as a storable value or SQL null. */
export function cleanOpt(s: string | undefined, max = 200): string | null {
  return s === undefined ? null : cleanText(s, max);
}
