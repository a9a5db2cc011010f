import type { InstitutionSummary } from '../../../domain/lkd';
import { formatDate, useLang, useT } from '../../i18n';

/** What needs attention on one institution, as short chips. */
export function StatusChips({ s }: { s: InstitutionSummary }) {
  const t = useT();
  const lang = useLang((x) => x.lang);
  return (
    <div>
      {!s.hasBoard && <span className="lkd-chip warn">{t('lkd.chip.noBoard')}</span>}
      {s.status === 'expired' && <span className="lkd-chip bad">{t('lkd.chip.expired')}</span>}
      {s.endsSoon && s.termEnd && <span className="lkd-chip warn">{t('lkd.chip.endsSoon', { date: formatDate(s.termEnd, lang) })}</span>}
      {s.openSeats > 0 && <span className="lkd-chip warn">{t('lkd.chip.open', { n: s.openSeats })}</span>}
      {s.ineligible > 0 && <span className="lkd-chip bad" data-testid="chip-ineligible">{t('lkd.chip.ineligible', { n: s.ineligible })}</span>}
      {s.hasBoard && s.status === 'active' && !s.endsSoon && s.openSeats === 0 && s.ineligible === 0 && <span className="lkd-chip ok">{t('lkd.chip.ok')}</span>}
    </div>
  );
}
