import { beforeAll, describe, expect, it } from 'vitest';
import { postJson, SyncError } from '../../../src/sync/http';
import { enrolErrorWords } from '../../../src/app/sync/words';
import { loadStrings } from '../../../src/app/i18n';

// The Sinkron tab's strings load with its page (src/app/sync/routes.ts).
beforeAll(() => loadStrings('sync', 'id'));

// The county endpoint answers 429 + Retry-After after too many wrong enrolment codes from one
// address; the phone must say so in words, with the wait, instead of a generic server error.

const answer429 = (retryAfter: string | null) => async () =>
  new Response(JSON.stringify({ error: 'too-many-attempts', reason: 'too-many-failed-codes' }), {
    status: 429,
    headers: retryAfter ? { 'retry-after': retryAfter } : {},
  });

async function enrolError(retryAfter: string | null): Promise<SyncError> {
  try {
    await postJson({ fetch: answer429(retryAfter), url: '/api/v1/enroll', body: { code: 'SALAH' }, timeoutMs: 1000 });
  } catch (e) {
    return e as SyncError;
  }
  throw new Error('no error');
}

describe('too many wrong enrolment codes', () => {
  it.each([
    ['125', 125, 'Coba lagi dalam 3 menit'],
    ['30', 30, 'Coba lagi dalam 1 menit'],
    [null, undefined, 'Coba lagi dalam 10 menit'],
    ['soon', undefined, 'Coba lagi dalam 10 menit'],
  ])('Retry-After %s → %s s → "%s"', async (header, seconds, words) => {
    const e = await enrolError(header);
    expect(e).toBeInstanceOf(SyncError);
    expect(e).toMatchObject({ kind: 'server', reason: 'too-many-failed-codes', status: 429, retryAfterSec: seconds });
    expect(enrolErrorWords(e.kind, e.reason, e.retryAfterSec)).toContain(words);
  });
});
