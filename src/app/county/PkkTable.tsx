import { useT, type MessageKey } from '../i18n';
import { RECAP_COLUMNS, type RecapColumn } from '../../domain/dasawisma';
import type { PkkDesa } from '../../server/reports/pkk';

/** The 4.16 figures shown per area: every recap column but "Dasawisma" (the group count is its own column). */
export const PKK_FIGURES: readonly RecapColumn[] = RECAP_COLUMNS.filter((c) => c !== 'dasawisma');

/** One row per area (the last one the total): reported groups, groups without coordinator, the 4.16 figures. */
export function PkkTable({ rows, first, testId }: { rows: (PkkDesa & { label: string })[]; first: string; testId: string }) {
  const t = useT();
  return (
    <div className="kab-wrap">
      <table className="kab-table" data-testid={testId}>
        <thead>
          <tr>
            <th>{first}</th>
            <th>{t('county.pkk.reported')}</th>
            <th>{t('county.pkk.noCoordinator')}</th>
            {PKK_FIGURES.map((c) => (
              <th key={c}>{t(`county.pkk.col.${c}` as MessageKey)}</th>
            ))}
            <th>{t('county.pkk.unassessed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d, i) => (
            <tr key={`${d.code}-${i}`} className={i === rows.length - 1 ? 'kab-total' : ''}>
              <td>{d.label}</td>
              <td>{t('county.pkk.reportedCell', { reported: d.reported, groups: d.groups })}</td>
              <td className={d.withoutCoordinator ? 'kab-flag' : ''}>{d.withoutCoordinator}</td>
              {PKK_FIGURES.map((c) => (
                <td key={c} data-col={c}>{d.counts[c]}</td>
              ))}
              <td data-col="unassessed" className={d.missing?.healthyHouse ? 'kab-flag' : ''}>{d.missing ? d.missing.healthyHouse : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
