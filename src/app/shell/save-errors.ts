import { InvalidRecordError } from '../../data/records';
import { classifyStorageError, type StorageProblem } from '../../data/storage';
import { t, useLang, type MessageKey } from '../i18n';
import { issueWords } from '../i18n/issue-words';

/**
 * Why a save failed, in a form the UI can branch on: a data problem, a storage problem, or
 * 'busy' (a second tap while the first save still runs; nothing is shown).
 */
export type SaveProblem = 'invalid' | 'busy' | StorageProblem;

export interface SaveFailure {
  problem: SaveProblem;
  /** Message in the user's language, ready for a toast. */
  message: string;
  error: unknown;
}

/**
 * Turns anything a save can throw into words for the user. Works outside React too (stores,
 * sync) because it uses the non-hook `t()`.
 */
export function describeSaveError(err: unknown): SaveFailure {
  if (err instanceof InvalidRecordError || (err as { name?: string })?.name === 'InvalidRecordError') {
    // Words for the field and rule; never the machine reason (schema keys, validator text).
    return { problem: 'invalid', message: issueWords((err as InvalidRecordError).issue ?? null, useLang.getState().lang), error: err };
  }
  const problem = classifyStorageError(err);
  const key = `storage.${problem}` as MessageKey;
  const detail = (err as { message?: string })?.message ?? String(err);
  return { problem, message: t(key, { detail }), error: err };
}
