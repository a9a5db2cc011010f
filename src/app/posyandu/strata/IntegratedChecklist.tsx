import type { IntegratedEligibility } from '../../../domain';
import type { UnitData } from '../../../data/posyandu';
import { useT, type MessageKey } from '../../i18n';

/** SPEC §3.5: the computable conditions, then the documents the kader ticks in the Posyandu details. */
export function IntegratedChecklist({ eligibility, docs }: { eligibility: IntegratedEligibility; docs: NonNullable<UnitData['docs']> }) {
  const t = useT();
  return (
    <section className="pd-card">
      <h3>{t('posyandu.integ.title')}</h3>
      <ul className="pd-list">
        {eligibility.conditions.map((c) => (
          <li key={c.id} data-cond={c.id} style={{ padding: '4px 0' }}>
            {c.ok ? '✓' : '✗'}{' '}
            {t(`posyandu.integ.${c.id}` as MessageKey, {
              have: c.id === 'strataAtLeastMadya' ? t(`posyandu.level.${c.have}` as MessageKey) : c.have,
              need: c.need,
            })}
          </li>
        ))}
      </ul>
      <p><strong>{t(eligibility.eligible ? 'posyandu.integ.eligible' : 'posyandu.integ.notEligible')}</strong></p>
      <h3>{t('posyandu.integ.checklist')}</h3>
      <ul className="pd-list">
        {eligibility.checklist.map((d) => (
          <li key={d} style={{ padding: '4px 0' }}>{docs[d] ? '☑' : '☐'} {t(`posyandu.doc.${d}` as MessageKey)}</li>
        ))}
      </ul>
    </section>
  );
}
