import { HOUSE_FLAGS, HOUSEHOLD_FACTS, type HouseholdFact, type RecapTable } from '../../../domain/dasawisma';
import { useT, type MessageKey } from '../../i18n';

/** The question of a household fact as the form shows it. */
export function useFactLabel() {
  const t = useT();
  return (f: HouseholdFact) => t(((HOUSE_FLAGS as readonly string[]).includes(f) ? `dasawisma.opt.fact.${f}` : `dasawisma.opt.label.${f}`) as MessageKey);
}

const NAMES_SHOWN = 4;

/**
 * Under a recap table: per household fact, how many households have not been asked it yet (and
 * which rows), so "Rumah sehat 1, kurang sehat 0" of two houses is read right. Nothing is said
 * for a table from a submission made before missing facts were kept (it cannot know).
 */
export function MissingFacts({ table }: { table: RecapTable }) {
  const t = useT();
  const label = useFactLabel();
  const missing = table.missing;
  if (!missing) return null;
  const facts = HOUSEHOLD_FACTS.filter((f) => missing[f] > 0);
  if (facts.length === 0) return <p className="dw-muted" data-testid="recap-missing">{t('dasawisma.factsComplete')}</p>;
  return (
    <div data-testid="recap-missing">
      <p className="dw-flag">{t('dasawisma.recapMissing')}</p>
      <ul className="dw-missing">
        {facts.map((f) => {
          const rows = table.rows.filter((r) => (r.missing?.[f] ?? 0) > 0).map((r) => r.label);
          const names = rows.slice(0, NAMES_SHOWN).join(', ') + (rows.length > NAMES_SHOWN ? ', …' : '');
          return (
            <li key={f} data-fact={f}>
              {t('dasawisma.recapMissingFact', { fact: label(f), n: missing[f], names })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
