import type { RecordIssue } from '../../domain/records/issues';
import { useLang } from '../i18n';
import { issueWords } from '../i18n/issue-words';
import { useStringsReady } from './useStrings';

/** For forms: an issue found before saving (date order, …) as a sentence at its field. */
export function useIssueWords(): (issue: RecordIssue | null | undefined) => string | null {
  const lang = useLang((s) => s.lang);
  useStringsReady('records', 'kind.record');
  return (issue) => (issue ? issueWords(issue, lang) : null);
}
