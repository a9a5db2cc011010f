import { useState } from 'react';
import { IonButton, IonList } from '@ionic/react';
import { useT } from '../../i18n';
import { isDateValue } from '../../ui/date-text';
import { DateField } from '../ui/DateField';
import { TextField } from '../ui/TextField';
import { today } from '../ui/enrolment';

/** The coordinator sends the recap to the PKK RT with the date she reports it. */
export function SubmitRecap({ defaultBy, again, saving, onSubmit }: { defaultBy?: string; again: boolean; saving: boolean; onSubmit(on: string, by: string): void }) {
  const t = useT();
  const [on, setOn] = useState(today());
  const [by, setBy] = useState(defaultBy ?? '');
  return (
    <IonList className="dw-noprint">
      <DateField name="submittedOn" label={t('dasawisma.submittedOn')} value={on} onChange={setOn} />
      <TextField name="submittedBy" label={t('dasawisma.submittedBy')} value={by} onChange={setBy} />
      <IonButton expand="block" onClick={() => onSubmit(on, by)} disabled={saving || !isDateValue(on)}>
        {again ? t('dasawisma.resubmit') : t('dasawisma.submit')}
      </IonButton>
    </IonList>
  );
}
