import { describe, expect, it } from 'vitest';
import { cleanText, cutText, isStorableText } from '../../../src/domain/text';

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('storable text', () => {
  it('cuts never inside a surrogate pair, at every length', () => {
    const s = 'a' + '𝕏'.repeat(200) + 'b';
    for (let max = 0; max <= s.length + 1; max++) {
      const c = cutText(s, max);
      expect(c.length).toBeLessThanOrEqual(max);
      expect(c.length).toBeGreaterThanOrEqual(Math.min(max, s.length) - 1);
      expect(isStorableText(c), `max ${max}`).toBe(true);
      expect(s.startsWith(c)).toBe(true);
    }
    // What a plain slice did to the poison-pill reason.
    expect(isStorableText(('x' + '𝕏'.repeat(500)).slice(0, 300))).toBe(false);
    expect(isStorableText(cleanText('x' + '𝕏'.repeat(500), 300))).toBe(true);
  });

  it('cleans NUL and lone surrogates, keeps pairs', () => {
    expect(cleanText('a\u0000b')).toBe('ab');
    expect(cleanText('\ud800x\udfff')).toBe('\ufffdx\ufffd');
    expect(cleanText('𝕏')).toBe('𝕏');
    expect(cleanText('\ud835\udd4f\ud835', 2)).toBe('𝕏');
    expect(LONE.test(cleanText('\udfff\ud800'.repeat(50), 51))).toBe(false);
  });

});
