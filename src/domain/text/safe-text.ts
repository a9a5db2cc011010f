// Text that every store can hold. PostgreSQL's text and jsonb cannot hold NUL, and jsonb refuses
// unpaired UTF-16 surrogates; both parse fine as JSON, and a plain `s.slice(0, n)` makes a lone
// surrogate out of a perfectly good emoji or math letter ('𝕏' is two UTF-16 units). Every text the
// server writes (reasons, labels, client info) and every shortened text the phone keeps goes
// through these, so none of them can be broken unicode.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** True when the text has no NUL and no unpaired surrogate. */
export function isStorableText(s: string): boolean {
  return !s.includes('\u0000') && !LONE_SURROGATE.test(s);
}

/** True when every string and key in a JSON value is storable. Iterative: no stack to blow. */
export function isStorableJson(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (!isStorableText(v)) return false;
    } else if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (!isStorableText(k)) return false;
        stack.push(x);
      }
    }
  }
  return true;
}

/**
 * At most `max` UTF-16 units, never ending inside a surrogate pair (the pair is dropped whole).
 * The input's own lone surrogates are left as they are: cleanText removes those.
 */
export function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = max > 0 && /[\ud800-\udbff]/.test(s[max - 1]) && /[\udc00-\udfff]/.test(s[max] ?? '') ? max - 1 : max;
  return s.slice(0, Math.max(0, end));
}

/** Storable text: NUL dropped, lone surrogates replaced by U+FFFD, then cut to `max` units. */
export function cleanText(s: string, max = Infinity): string {
  const clean = s.replaceAll('\u0000', '').replace(LONE_SURROGATES, '\ufffd');
  return Number.isFinite(max) ? cutText(clean, max) : clean;
}

