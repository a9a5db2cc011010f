import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import { IonButton, IonCard, IonCardContent, IonCardHeader, IonCardTitle, IonItem, IonLabel, IonList, IonNote } from '@ionic/react';
import { getDb } from '../../data/storage';
import type { RejectionEntry } from '../../data/db';
import { formatDateTime, useLang, useT } from '../i18n';
import { reasonWords } from './words';

function summary(r: RejectionEntry): string {
  const d = r.record.data as Record<string, unknown> | null;
  const name = d && typeof d.name === 'string' ? d.name : '';
  return name ? `${r.kind} · ${name}` : r.kind;
}

/** Changes the server refused for good, with the reason in plain words. */
export function RejectionsList() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [rows, setRows] = useState<RejectionEntry[]>([]);
  useEffect(() => {
    const sub = liveQuery(() => getDb().rejections.orderBy('id').toArray()).subscribe({ next: setRows, error: () => setRows([]) });
    return () => sub.unsubscribe();
  }, []);
  if (rows.length === 0) return null;
  return (
    <IonCard data-testid="sync-rejections">
      <IonCardHeader>
        <IonCardTitle>{t('sync.rejected.title')}</IonCardTitle>
      </IonCardHeader>
      <IonCardContent>
        <IonNote>{t('sync.rejected.help')}</IonNote>
        <IonList>
          {rows.map((r) => (
            <IonItem key={r.id}>
              <IonLabel className="ion-text-wrap">
                <h3>{summary(r)}</h3>
                <p>{reasonWords(r.reason)}</p>
                <p>{formatDateTime(r.at, lang)}</p>
              </IonLabel>
              <IonButton slot="end" fill="clear" onClick={() => void getDb().rejections.delete(r.id)}>
                {t('sync.rejected.dismiss')}
              </IonButton>
            </IonItem>
          ))}
        </IonList>
      </IonCardContent>
    </IonCard>
  );
}
