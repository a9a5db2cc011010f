import { todayIso } from '../../../domain/dates';
import { rtNotices, type Register } from '../../../data/rt';
import { useT } from '../../i18n';

/** The checks of SPEC §4 on the active register: shown, never blocking. */
export function Notices({ reg }: { reg: Register }) {
  const t = useT();
  const n = rtNotices(reg, todayIso());
  const lines = [
    n.fewHouseholds && t('rt.notice.fewHouseholds', { n: n.households }),
    n.adultsWithoutKtp.length > 0 && t('rt.notice.noKtp', { n: n.adultsWithoutKtp.length }),
    n.childrenWithoutAkta.length > 0 && t('rt.notice.noAkta', { n: n.childrenWithoutAkta.length }),
    n.withoutHousehold.length > 0 && t('rt.notice.noHousehold', { n: n.withoutHousehold.length }),
  ].filter(Boolean) as string[];
  if (!lines.length) return null;
  return (
    <section className="rt-card" aria-label={t('rt.notice.title')} data-testid="rt-notices">
      <h2>{t('rt.notice.title')}</h2>
      {lines.map((l) => <p key={l} className="rt-warn">{l}</p>)}
    </section>
  );
}
