import { IonItem, IonLabel, IonList, IonListHeader } from '@ionic/react';
import { getDb } from '../../../data';
import { posyanduChildrenOf, type Who } from '../../../data/dasawisma';
import { formatDate, formatNumber, useLang, useT } from '../../i18n';
import { useLoad } from '../../shell/useLoad';

/**
 * The same person elsewhere on this phone: the child weighed at the Posyandu (linked through the
 * RT books' person or the NIK), with the latest weighing; tapping opens the child's page.
 */
export function PersonLinks({ who }: { who: Who }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { data } = useLoad(() => posyanduChildrenOf(getDb(), who), [who.personId, who.nik]);
  if (!data?.length) return null;
  return (
    <IonList data-testid="person-links">
      <IonListHeader>{t('dasawisma.alsoAt')}</IonListHeader>
      {data.map((c) => (
        <IonItem key={c.childId} routerLink={`/posyandu/anak/${c.childId}`} detail>
          <IonLabel className="ion-text-wrap">
            <h3>{t('dasawisma.atPosyandu', { name: c.name })}</h3>
            <p>
              {c.last
                ? t('dasawisma.lastWeighed', { date: formatDate(c.last.date, lang), kg: formatNumber(c.last.weightKg, { maxDigits: 2 }, lang) })
                : t('dasawisma.notWeighed')}
            </p>
          </IonLabel>
        </IonItem>
      ))}
    </IonList>
  );
}
