import { IonChip, IonIcon, IonLabel } from '@ionic/react';
import { checkmark } from 'ionicons/icons';
import { useT, type MessageKey } from '../../i18n';

/** Label of a stored choice code: 'dasawisma.opt.<field>.<code>'. */
export function useOptLabel() {
  const t = useT();
  return (field: string, code: string) => t(`dasawisma.opt.${field}.${code}` as MessageKey);
}

interface Base<T extends string> {
  field: string;
  options: readonly T[];
  label?: string;
}

/** One choice from a short list, as tappable chips; tapping the chosen one clears it. */
export function ChoiceChips<T extends string>({ field, options, label, value, onChange }: Base<T> & { value: T | undefined; onChange(v: T | undefined): void }) {
  const opt = useOptLabel();
  const t = useT();
  return (
    <fieldset className="dw-chips" data-field={field}>
      <legend>{label ?? t(`dasawisma.opt.label.${field}` as MessageKey)}</legend>
      {options.map((o) => (
        <IonChip key={o} outline={value !== o} color={value === o ? 'primary' : 'medium'} onClick={() => onChange(value === o ? undefined : o)} aria-pressed={value === o ? 'true' : 'false'}>
          {value === o && <IonIcon icon={checkmark} />}
          <IonLabel>{opt(field, o)}</IonLabel>
        </IonChip>
      ))}
    </fieldset>
  );
}

/** Several choices (water sources, yard use…). */
export function MultiChips<T extends string>({ field, options, label, value, onChange }: Base<T> & { value: readonly T[] | undefined; onChange(v: T[]): void }) {
  const opt = useOptLabel();
  const t = useT();
  const set = new Set(value ?? []);
  const toggle = (o: T) => onChange(options.filter((x) => (x === o ? !set.has(x) : set.has(x))));
  return (
    <fieldset className="dw-chips" data-field={field}>
      <legend>{label ?? t(`dasawisma.opt.label.${field}` as MessageKey)}</legend>
      {options.map((o) => (
        <IonChip key={o} outline={!set.has(o)} color={set.has(o) ? 'primary' : 'medium'} onClick={() => toggle(o)} aria-pressed={set.has(o) ? 'true' : 'false'}>
          {set.has(o) && <IonIcon icon={checkmark} />}
          <IonLabel>{opt(field, o)}</IonLabel>
        </IonChip>
      ))}
    </fieldset>
  );
}

/** Yes / no facts shown as one chip each: on = yes. */
export function FlagChips<K extends string>({ group, keys, value, onChange }: { group: string; keys: readonly K[]; value: Partial<Record<K, boolean | undefined>>; onChange(k: K, v: boolean): void }) {
  const opt = useOptLabel();
  return (
    <div className="dw-chips dw-flags" data-field={group}>
      {keys.map((k) => (
        <IonChip key={k} outline={!value[k]} color={value[k] ? 'success' : 'medium'} onClick={() => onChange(k, !value[k])} aria-pressed={value[k] ? 'true' : 'false'}>
          {value[k] && <IonIcon icon={checkmark} />}
          <IonLabel>{opt(group, k)}</IonLabel>
        </IonChip>
      ))}
    </div>
  );
}
