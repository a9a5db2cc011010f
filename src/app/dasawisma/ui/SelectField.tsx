import { IonItem, IonSelect, IonSelectOption } from '@ionic/react';
import { useT, type MessageKey } from '../../i18n';
import { useOptLabel } from './Chips';

/** One choice from a long list (religion, education, occupation): a select, not free text. */
export function SelectField<T extends string>({ field, options, value, onChange }: { field: string; options: readonly T[]; value: T | undefined; onChange(v: T | undefined): void }) {
  const t = useT();
  const opt = useOptLabel();
  return (
    <IonItem lines="full">
      <IonSelect
        label={t(`dasawisma.opt.label.${field}` as MessageKey)}
        labelPlacement="stacked"
        interface="popover"
        name={field}
        value={value ?? ''}
        onIonChange={(e) => onChange((e.detail.value || undefined) as T | undefined)}
      >
        <IonSelectOption value="">—</IonSelectOption>
        {options.map((o) => (
          <IonSelectOption key={o} value={o}>
            {opt(field, o)}
          </IonSelectOption>
        ))}
      </IonSelect>
    </IonItem>
  );
}
