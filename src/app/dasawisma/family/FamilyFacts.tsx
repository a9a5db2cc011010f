import { IonList } from '@ionic/react';
import { HOME_INDUSTRIES, LATRINES, STAPLE_FOODS, WATER_SOURCES, YARD_USES, type FamilyData } from '../../../domain/records/dasawisma';
import { ChoiceChips, FlagChips, MultiChips } from '../ui/Chips';

const FACT_FLAGS = ['rubbishDump', 'spal', 'stikerP4k', 'healthyHouse', 'up2k', 'envHealth'] as const;
type Flag = (typeof FACT_FLAGS)[number];

/** Household facts of data warga 4.14.1a / catatan keluarga 4.15, all as chips. */
export function FamilyFacts({ data, onChange }: { data: FamilyData; onChange(patch: Partial<FamilyData>): void }) {
  return (
    <IonList className="ion-padding-horizontal">
      <ChoiceChips field="stapleFood" options={STAPLE_FOODS} value={data.stapleFood} onChange={(v) => onChange({ stapleFood: v })} />
      <ChoiceChips field="latrine" options={LATRINES} value={data.latrine} onChange={(v) => onChange({ latrine: v })} />
      <MultiChips field="water" options={WATER_SOURCES} value={data.water} onChange={(v) => onChange({ water: v })} />
      <FlagChips<Flag> group="fact" keys={FACT_FLAGS} value={data} onChange={(k, v) => onChange({ [k]: v })} />
      <MultiChips field="yardUse" options={YARD_USES} value={data.yardUse} onChange={(v) => onChange({ yardUse: v })} />
      <MultiChips field="homeIndustry" options={HOME_INDUSTRIES} value={data.homeIndustry} onChange={(v) => onChange({ homeIndustry: v })} />
    </IonList>
  );
}
