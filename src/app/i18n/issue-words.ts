import type { RecordIssue } from '../../domain/records/issues';
import { dictionaries, type Lang, type MessageKey } from './dictionary';
import { translate } from './translate';
import { formatDate } from './dates';

// A refused record's issue (kind, field, rule) as one sentence in the user's language, from the
// words in strings/records.ts (loaded with every module's pages: lazyPage). Nothing of the machine
// text (keys, field paths, valibot's messages) is ever shown: a field or rule without words here
// falls back to a general sentence, and tests/unit/app/issue-words.test.ts makes sure none does.

const has = (lang: Lang, key: string) => key in dictionaries[lang] || key in dictionaries.id;

/** A word inside a sentence: 'Tanggal datang' → 'tanggal datang'; 'NIK', 'HPHT (…)' stay as they are. */
function midSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/** The name of a record kind ('Penduduk'), or null when the app has none. */
export function kindLabel(kind: string, lang: Lang): string | null {
  const key = `kind.${kind}`;
  return has(lang, key) ? translate(lang, key) : null;
}

/** The name of a field of a kind ('Tanggal pergi'); the kind's name for the record as a whole. */
export function fieldLabel(kind: string, path: string, lang: Lang): string | null {
  if (!path) return kindLabel(kind, lang);
  // The kind's own word, else the word shared by every kind, for the path or its last part ('person.nik').
  const last = path.slice(path.lastIndexOf('.') + 1);
  for (const key of [`field.${kind}.${path}`, `field.${path}`, `field.${last}`]) if (has(lang, key)) return translate(lang, key);
  return null;
}

/** The sentence for an issue; `null` only when the words are missing (the caller then says something general). */
export function issueSentence(issue: RecordIssue, lang: Lang): string | null {
  const field = fieldLabel(issue.kind, issue.path, lang);
  if (field === null) return null;
  const dated = issue.date !== undefined;
  const candidates = [`issue.${issue.kind}.${issue.rule}`, ...(issue.rule === 'order.before' && dated ? ['issue.order.before.dated'] : []), `issue.${issue.rule}`];
  const key = candidates.find((k) => has(lang, k));
  if (!key) return null;
  const template = translate(lang, key);
  let other = '';
  if (issue.rule === 'order.before') {
    const o = fieldLabel(issue.kind, issue.arg ?? '', lang);
    if (o === null) return null;
    other = midSentence(o);
  }
  const sentence = translate(lang, key as MessageKey, {
    field: template.startsWith('{field}') ? field : midSentence(field),
    other,
    arg: issue.arg ?? '',
    date: dated ? formatDate(issue.date!, lang) : '',
    name: issue.name ?? translate(lang, 'issue.someone'),
    event: issue.arg && has(lang, `issue.event.${issue.arg}`) ? translate(lang, `issue.event.${issue.arg}`) : '',
  });
  // A sentence that starts with a placeholder starts with a capital.
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * The sentence for an issue, or the general one ("Ada isian yang belum benar", a shell string, so
 * it is there even before any module's words are) when words are missing.
 */
export function issueWords(issue: RecordIssue | null, lang: Lang): string {
  return (issue && issueSentence(issue, lang)) ?? translate(lang, 'invalid.record');
}
