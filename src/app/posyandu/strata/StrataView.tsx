import type { StrataView as View } from '../../../data/posyandu';
import type { StrataGap, StrataIndicators } from '../../../domain';
import { useT, type MessageKey } from '../../i18n';

const IND: (keyof StrataIndicators)[] = ['sessions', 'avgKaders', 'ds', 'kia', 'kb', 'immunization', 'additionalProgram', 'danaSehat'];
const RATIO = new Set<keyof StrataIndicators>(['ds', 'kia', 'kb', 'immunization', 'danaSehat']);

function fmt(ind: keyof StrataIndicators, v: number | boolean): string {
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  if (RATIO.has(ind)) return `${Math.round(v * 100)} %`;
  return ind === 'avgKaders' ? v.toFixed(1) : String(v);
}

/** One period: level, each indicator with value and source, and the numbers missing for the next level. */
export function StrataPanel({ title, view }: { title: string; view: View }) {
  const t = useT();
  const b = view.basis;
  const source: Record<keyof StrataIndicators, string> = {
    sessions: t('posyandu.strata.src.sessions', { n: b.sessions }),
    avgKaders: t('posyandu.strata.src.avgKaders', { present: b.kadersPresent, sessions: b.sessions }),
    ds: t('posyandu.strata.src.ds', { months: b.monthlyDs.length, s: Math.round(b.avgS) }),
    kia: t('posyandu.strata.src.kia', { done: b.kia.complete, n: b.kia.registered }),
    kb: t('posyandu.strata.src.kb', { done: b.kb.active, n: b.kb.registered }),
    immunization: t('posyandu.strata.src.immunization', { done: b.immunization.complete, n: b.immunization.registered }),
    additionalProgram: b.programs.join(', ') || '–',
    danaSehat: t('posyandu.strata.src.danaSehat', { done: b.households.paying, n: b.households.total }),
  };
  return (
    <section className="pd-card" data-level={view.result.level}>
      <h3>{title}</h3>
      <p><strong>{t('posyandu.strata.level', { level: t(`posyandu.level.${view.result.level}` as MessageKey) })}</strong></p>
      <table className="pd-z">
        <tbody>
          {IND.map((k) => (
            <tr key={k}>
              <th>{t(`posyandu.strata.ind.${k}` as MessageKey)}</th>
              <td>{fmt(k, view.indicators[k])}</td>
              <td className="pd-muted">{source[k]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.result.next ? (
        <>
          <p><strong>{t('posyandu.strata.toNext', { level: t(`posyandu.level.${view.result.next.level}` as MessageKey) })}</strong></p>
          <ul>
            {view.gaps.map((g) => <li key={g.indicator} data-gap={g.indicator}>{gapLine(t, g)}</li>)}
          </ul>
        </>
      ) : (
        <p className="pd-muted">{t('posyandu.strata.top')}</p>
      )}
    </section>
  );
}

/** "D/S 42 % → 50 %: sekitar 4 anak lagi ditimbang tiap bulan" */
function gapLine(t: ReturnType<typeof useT>, g: StrataGap): string {
  const head = t('posyandu.gap.line', {
    indicator: t(`posyandu.strata.ind.${g.indicator}` as MessageKey),
    have: fmt(g.indicator, g.have),
    need: `${g.op === '>' ? '> ' : ''}${fmt(g.indicator, g.need)}`,
  });
  const what = g.more === null ? t('posyandu.gap.unknown') : t(`posyandu.gap.${g.unit}` as MessageKey, { n: g.more });
  return `${head}: ${what}`;
}
