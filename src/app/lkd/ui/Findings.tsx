import type { Finding } from '../../../domain/lkd';
import { formatDate, useLang, useT } from '../../i18n';
import { findingText } from './words';

/** Warnings with the article cited, worst first: red (does not meet the Perdes), amber (check), grey (note). */
export function Findings({ findings, compact }: { findings: readonly Finding[]; compact?: boolean }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  if (!findings.length) return null;
  const order = { ineligible: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[a.level] - order[b.level]);
  return (
    <ul className={`lkd-findings${compact ? ' compact' : ''}`}>
      {sorted.map((f, i) => (
        <li key={`${f.code}-${i}`} className={`lkd-f ${f.level}`} data-finding={f.code}>
          <span className="lkd-f-text">{findingText(t, f, (d) => formatDate(d, lang))}</span>
          <span className="lkd-f-article">{f.article}</span>
        </li>
      ))}
    </ul>
  );
}
