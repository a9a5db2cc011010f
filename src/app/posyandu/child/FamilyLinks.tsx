import { IonItem, IonLabel } from '@ionic/react';
import { getDb } from '../../../data';
import { dasawismaFamiliesOf } from '../../../data/dasawisma/links';
import { useT } from '../../i18n';
import { useLoad } from '../../shell/useLoad';

/**
 * The child's family in the dasawisma records on this phone (linked through the RT books' person
 * or the NIK): one person across modules, shown from the Posyandu side too. Tapping opens it.
 */
export function FamilyLinks({ personId, nik }: { personId?: string; nik?: string }) {
  const t = useT();
  const { data } = useLoad(() => dasawismaFamiliesOf(getDb(), { personId, nik }), [personId, nik]);
  if (!data?.length) return null;
  return (
    <>
      {data.map((f) => (
        <IonItem key={f.memberId} routerLink={`/dasawisma/anggota/${f.memberId}`} detail lines="none" data-testid="child-family-link">
          <IonLabel className="ion-text-wrap">
            {t('posyandu.child.inDasawisma', { head: f.headName, group: f.groupName ?? '', year: f.year })}
          </IonLabel>
        </IonItem>
      ))}
    </>
  );
}
