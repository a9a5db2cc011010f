import { Link } from 'react-router-dom';
import { ILP_GROUPS } from '../../../data/posyandu/ilp';
import { useT, type MessageKey } from '../../i18n';

/** The day page's entry to the other stages (ILP): one link per stage to the same date. */
export function StageLinks({ date }: { date: string }) {
  const t = useT();
  return (
    <nav className="pd-tabs" aria-label={t('ilp.stages')} data-stages>
      {ILP_GROUPS.map((g) => (
        <Link key={g} to={`/posyandu/ilp/${date}?tahap=${g}`} data-stage-link={g} className="pd-chip">{t(`ilp.group.${g}` as MessageKey)}</Link>
      ))}
    </nav>
  );
}
