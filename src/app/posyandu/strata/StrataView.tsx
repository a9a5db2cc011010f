import type { StrataView as View } from '../../../data/posyandu';
import { useT, type MessageKey } from '../../i18n';
import { gapLine, strataRows } from './strataRows';

/** One period: level, each indicator with value and source, and the numbers missing for the next level. */
export function StrataPanel({ title, view }: { title: string; view: View }) {
  const t = useT();
  return (
    <section className="pd-card" data-level={view.result.level}>
      <h3>{title}</h3>
      <p><strong>{t('posyandu.strata.level', { level: t(`posyandu.level.${view.result.level}` as MessageKey) })}</strong></p>
      <table className="pd-z">
        <tbody>
          {strataRows(t, view).map((r) => (
            <tr key={r.ind}>
              <th>{t(`posyandu.strata.ind.${r.ind}` as MessageKey)}</th>
              <td>{r.value}</td>
              <td className="pd-muted">{r.source}</td>
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
