import { IonList, IonNote } from '@ionic/react';
import { HOUSE_FLAGS, unaskedFacts } from '../../../domain/dasawisma';
import { HOME_INDUSTRIES, LATRINES, STAPLE_FOODS, WATER_SOURCES, YARD_USES, type FamilyData } from '../../../domain/records/dasawisma';
import { useT } from '../../i18n';
import { ChoiceChips, MultiChips, YesNoChips } from '../ui/Chips';

/**
 * Household facts of data warga 4.14.1a / catatan keluarga 4.15, all as chips. Each is answered
 * or shown as "belum ditanya"; the count of unanswered ones is said at the top.
 */
export function FamilyFacts({ data, onChange }: { data: FamilyData; onChange(patch: Partial<FamilyData>): void }) {
  const t = useT();
  const unasked = unaskedFacts(data).length;
  return (
    <IonList className="ion-padding-horizontal">
      <IonNote className={unasked ? 'dw-flag' : 'dw-muted'} data-testid="facts-missing">
        {unasked ? t('dasawisma.factsMissing', { n: unasked }) : t('dasawisma.factsComplete')}
      </IonNote>
      <ChoiceChips ask field="stapleFood" options={STAPLE_FOODS} value={data.stapleFood} onChange={(v) => onChange({ stapleFood: v })} />
      <ChoiceChips ask field="latrine" options={LATRINES} value={data.latrine} onChange={(v) => onChange({ latrine: v })} />
      <MultiChips ask field="water" options={WATER_SOURCES} value={data.water} onChange={(v) => onChange({ water: v })} />
      <YesNoChips group="fact" keys={HOUSE_FLAGS} value={data} onChange={(k, v) => onChange({ [k]: v })} />
      <MultiChips field="yardUse" none options={YARD_USES} value={data.yardUse} onChange={(v) => onChange({ yardUse: v })} />
      <MultiChips field="homeIndustry" none options={HOME_INDUSTRIES} value={data.homeIndustry} onChange={(v) => onChange({ homeIndustry: v })} />
    </IonList>
  );
}
