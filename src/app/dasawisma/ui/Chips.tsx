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
  /** A household fact: say "belum ditanya" while it has no answer. */
  ask?: boolean;
}

/** One choice from a short list, as tappable chips; tapping the chosen one clears it. */
export function ChoiceChips<T extends string>({ field, options, label, ask, value, onChange }: Base<T> & { value: T | undefined; onChange(v: T | undefined): void }) {
  const opt = useOptLabel();
  const t = useT();
  return (
    <fieldset className="dw-chips" data-field={field}>
      <legend>
        {label ?? t(`dasawisma.opt.label.${field}` as MessageKey)}
        {ask && value === undefined && <NotAsked />}
      </legend>
      {options.map((o) => (
        <IonChip key={o} outline={value !== o} color={value === o ? 'primary' : 'medium'} onClick={() => onChange(value === o ? undefined : o)} aria-pressed={value === o ? 'true' : 'false'}>
          {value === o && <IonIcon icon={checkmark} />}
          <IonLabel>{opt(field, o)}</IonLabel>
        </IonChip>
      ))}
    </fieldset>
  );
}

/**
 * Several choices (water sources, yard use…). With `none`, a "Tidak ada" chip answers "none of
 * these" (an empty list); with nothing chosen the question reads as not asked yet.
 */
export function MultiChips<T extends string>({ field, options, label, ask, value, onChange, none }: Base<T> & { value: readonly T[] | undefined; onChange(v: T[] | undefined): void; none?: boolean }) {
  const opt = useOptLabel();
  const t = useT();
  const set = new Set(value ?? []);
  const toggle = (o: T) => {
    const next = options.filter((x) => (x === o ? !set.has(x) : set.has(x)));
    onChange(next.length ? next : undefined);
  };
  const isNone = !!none && value !== undefined && value.length === 0;
  return (
    <fieldset className="dw-chips" data-field={field}>
      <legend>
        {label ?? t(`dasawisma.opt.label.${field}` as MessageKey)}
        {(ask || none) && value === undefined && <NotAsked />}
      </legend>
      {options.map((o) => (
        <IonChip key={o} outline={!set.has(o)} color={set.has(o) ? 'primary' : 'medium'} onClick={() => toggle(o)} aria-pressed={set.has(o) ? 'true' : 'false'}>
          {set.has(o) && <IonIcon icon={checkmark} />}
          <IonLabel>{opt(field, o)}</IonLabel>
        </IonChip>
      ))}
      {none && (
        <IonChip outline={!isNone} color={isNone ? 'primary' : 'medium'} onClick={() => onChange(isNone ? undefined : [])} aria-pressed={isNone ? 'true' : 'false'}>
          {isNone && <IonIcon icon={checkmark} />}
          <IonLabel>{t('dasawisma.noneOption')}</IonLabel>
        </IonChip>
      )}
    </fieldset>
  );
}

/** "belum ditanya" after a question's label: the household fact is missing, not a no. */
function NotAsked() {
  const t = useT();
  return <span className="dw-unasked"> · {t('dasawisma.notAsked')}</span>;
}

/**
 * Yes/no household facts, each its own question with "Ya" and "Tidak": an explicit answer either
 * way, and "belum ditanya" until one is given (domain/dasawisma/facts.ts). Tapping the chosen
 * answer again takes it back.
 */
export function YesNoChips<K extends string>({ group, keys, value, onChange }: { group: string; keys: readonly K[]; value: Partial<Record<K, boolean | undefined>>; onChange(k: K, v: boolean | undefined): void }) {
  const opt = useOptLabel();
  const t = useT();
  return (
    <>
      {keys.map((k) => (
        <fieldset key={k} className="dw-chips dw-yesno" data-field={k}>
          <legend>
            {opt(group, k)}
            {value[k] === undefined && <NotAsked />}
          </legend>
          {([true, false] as const).map((answer) => {
            const on = value[k] === answer;
            return (
              <IonChip key={String(answer)} outline={!on} color={on ? (answer ? 'success' : 'warning') : 'medium'} onClick={() => onChange(k, on ? undefined : answer)} aria-pressed={on ? 'true' : 'false'}>
                {on && <IonIcon icon={checkmark} />}
                <IonLabel>{t(answer ? 'dasawisma.yes' : 'dasawisma.no')}</IonLabel>
              </IonChip>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

/** Per-member yes/no columns shown as one chip each: on = yes (the member form's PKK details). */
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
