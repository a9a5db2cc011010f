import { IonButton, IonItem, IonLabel, IonList, IonNote } from '@ionic/react';
import { getDb } from '../../../data';
import { rtHouseholdsOf, type Group } from '../../../data/dasawisma';
import { useT } from '../../i18n';
import { useLoad } from '../../shell/useLoad';

/**
 * Link to the RT books' household (members then come from there). Works only when this phone also
 * keeps the RT books; the link is stored either way and the members kept here are the fallback.
 */
export function RtLink({ group, linkedId, linkedFound, onLink }: { group: Group; linkedId?: string; linkedFound: boolean; onLink(id: string | undefined, headName?: string): void }) {
  const t = useT();
  const { data: households } = useLoad(() => rtHouseholdsOf(getDb(), group.desaCode, group.rtNo), [group.desaCode, group.rtNo]);
  if (linkedId) {
    return (
      <IonItem lines="none">
        <IonNote>{linkedFound ? t('dasawisma.linkedRt') : t('dasawisma.linkedRtMissing')}</IonNote>
        <IonButton slot="end" size="small" fill="clear" onClick={() => onLink(undefined)}>
          {t('dasawisma.unlink')}
        </IonButton>
      </IonItem>
    );
  }
  // Still reading the RT books: say nothing rather than that they are not here.
  if (households === undefined) return null;
  if (households.length === 0) return <IonNote className="dw-muted">{t('dasawisma.noRtHouseholds')}</IonNote>;
  return (
    <details>
      <summary>{t('dasawisma.linkRt')}</summary>
      <IonList>
        {households.map((h) => (
          <IonItem key={h.household.id} button onClick={() => onLink(h.household.id, h.head?.data.name)}>
            <IonLabel>
              <h3>{h.head?.data.name ?? h.household.data.address}</h3>
              <p>{h.household.data.address} · {h.active.length}</p>
            </IonLabel>
          </IonItem>
        ))}
      </IonList>
    </details>
  );
}
