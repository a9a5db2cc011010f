import { IonItem, IonSelect, IonSelectOption } from '@ionic/react';
import { formatMonth, useLang } from '../../i18n';

// A recap month picked from a list worded in the app's language ('Desember 2026'), not a native
// <input type=month> that shows the browser's locale (issue 20 item 7). Recaps are monthly and
// look back: the list runs from January two years back to this month, newest first, and always
// holds the month shown (an older one opened by its link).

const pad = (n: number) => String(n).padStart(2, '0');

export function monthOptions(current: string, now: Date = new Date()): string[] {
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const d = new Date(now.getFullYear(), now.getMonth() - i, 1);
    if (d.getFullYear() < now.getFullYear() - 2) break;
    out.push(`${d.getFullYear()}-${pad(d.getMonth() + 1)}`);
  }
  if (/^\d{4}-\d{2}$/.test(current) && !out.includes(current)) out.push(current);
  return out.sort().reverse();
}

export function MonthField({ name, label, value, onChange }: { name: string; label: string; value: string; onChange(month: string): void }) {
  const lang = useLang((s) => s.lang);
  return (
    <IonItem lines="full">
      <IonSelect label={label} labelPlacement="stacked" interface="popover" name={name} value={value} data-testid={`month-${name}`}
        onIonChange={(e) => e.detail.value && onChange(String(e.detail.value))}>
        {monthOptions(value).map((m) => (
          <IonSelectOption key={m} value={m}>{formatMonth(m, lang)}</IonSelectOption>
        ))}
      </IonSelect>
    </IonItem>
  );
}
