import { InvalidRecordError } from '../../data/records';
import { classifyStorageError, type StorageProblem } from '../../data/storage';
import { loadStrings, t, useLang, type MessageKey } from '../i18n';

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

const isInvalid = (err: unknown): err is InvalidRecordError =>
  err instanceof InvalidRecordError || (err as { name?: string })?.name === 'InvalidRecordError';

/**
 * Turns anything a save can throw into words for the user. Works outside React too (stores,
 * sync) because it uses the non-hook `t()`. A refused record gets the general sentence here
 * ("Ada isian yang belum benar"); `explainSaveError` says which field and why.
 */
export function describeSaveError(err: unknown): SaveFailure {
  if (isInvalid(err)) return { problem: 'invalid', message: t('invalid.record'), error: err };
  const problem = classifyStorageError(err);
  const key = `storage.${problem}` as MessageKey;
  const detail = (err as { message?: string })?.message ?? String(err);
  return { problem, message: t(key, { detail }), error: err };
}

/**
 * describeSaveError, with a refused record's field and rule in words ("Tanggal pergi tidak boleh
 * sebelum tanggal datang."), never the machine reason. The words (i18n/issue-words.ts and
 * strings/records.ts) load here on demand, off the first screen.
 */
export async function explainSaveError(err: unknown): Promise<SaveFailure> {
  const failure = describeSaveError(err);
  if (!isInvalid(err)) return failure;
  try {
    const lang = useLang.getState().lang;
    const [{ issueWords }] = await Promise.all([import('../i18n/issue-words'), loadStrings('records', lang)]);
    return { ...failure, message: issueWords(err.issue, lang) };
  } catch {
    return failure;
  }
}
