import { IonInput, IonItem } from '@ionic/react';

/** A labelled text input that reports plain strings (never null). */
export function TextField(props: {
  label: string;
  value: string | undefined;
  onChange(v: string): void;
  type?: 'text' | 'number';
  inputmode?: 'numeric' | 'text' | 'decimal';
  name?: string;
  error?: string;
}) {
  return (
    <IonItem lines="full">
      <IonInput
        label={props.label}
        labelPlacement="stacked"
        name={props.name}
        type={props.type ?? 'text'}
        inputmode={props.inputmode}
        value={props.value ?? ''}
        errorText={props.error}
        className={props.error ? 'ion-invalid ion-touched' : undefined}
        onIonInput={(e) => props.onChange(String(e.detail.value ?? ''))}
      />
    </IonItem>
  );
}
