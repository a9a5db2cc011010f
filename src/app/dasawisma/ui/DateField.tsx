import { IonItem } from '@ionic/react';
import { DateInput } from '../../ui/DateInput';

// Dates and months the app's way (issue 20 item 7): '1 Mei 1990' / 'Desember 2026' in the app's
// language, never the browser's locale ('05/01/1990' from a native <input type=date|month>).

/** A date field: the shared DateInput (typed day/month/year or its calendar). The value is ISO,
 *  '' when empty, or the text as typed when it is no date (the form refuses to save it). */
export function DateField(p: { name: string; label: string; value: string | undefined; onChange(v: string): void; max?: string; min?: string }) {
  return (
    <IonItem lines="full" className="dw-date">
      <DateInput name={p.name} label={p.label} value={p.value ?? ''} onChange={p.onChange} max={p.max} min={p.min} />
    </IonItem>
  );
}
