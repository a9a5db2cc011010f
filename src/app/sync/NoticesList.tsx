import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import { IonButton, IonCard, IonCardContent, IonCardHeader, IonCardTitle, IonItem, IonLabel, IonList } from '@ionic/react';
import { getDb } from '../../data/storage';
import type { NoticeEntry } from '../../data/db';
import type { SyncRecord } from '../../domain/records';
import { formatDateTime, useLang, useT } from '../i18n';
import { recordName, recordTitle, whoWords } from './words';

type Shown = NoticeEntry & { local?: SyncRecord };

/** What sync did that the user should hear about, in words: until she dismisses it. */
export function NoticesList() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [rows, setRows] = useState<Shown[]>([]);
  useEffect(() => {
    const db = getDb();
    const sub = liveQuery(async () => {
      const open = (await db.notices.orderBy('at').reverse().toArray()).filter((n) => !n.dismissedAt);
      // The record as this phone has it (the version that won): its name is the one the kader knows.
      const locals = await db.records.bulkGet(open.map((n) => (n.type === 'lostEdit' ? n.recordId : '')));
      return open.map((n, i) => ({ ...n, local: locals[i] }));
    }).subscribe({ next: setRows, error: () => setRows([]) });
    return () => sub.unsubscribe();
  }, []);
  if (rows.length === 0) return null;
  const dismiss = (id: string) => void getDb().notices.update(id, { dismissedAt: new Date().toISOString() });
  return (
    <IonCard data-testid="sync-notices">
      <IonCardHeader>
        <IonCardTitle>{t('sync.notices.title')}</IonCardTitle>
      </IonCardHeader>
      <IonCardContent>
        <IonList>
          {rows.map((n) => (
            <IonItem key={n.id} data-testid="sync-notice">
              <IonLabel className="ion-text-wrap">
                {n.type === 'lostEdit' ? <LostEdit n={n} lang={lang} /> : <Moved n={n} />}
                <p>{formatDateTime(n.at, lang)}</p>
                {/* Below the text, not beside it: at 360 px a side button leaves the words a narrow column. */}
                <IonButton size="small" fill="outline" onClick={() => dismiss(n.id)}>
                  {t('sync.notices.dismiss')}
                </IonButton>
              </IonLabel>
            </IonItem>
          ))}
        </IonList>
      </IonCardContent>
    </IonCard>
  );
}

function LostEdit({ n, lang }: { n: Shown & { type: 'lostEdit' }; lang: 'id' | 'en' }) {
  const t = useT();
  const who = whoWords(n.by);
  const record = recordTitle(n.kind, n.local?.data ?? n.loser?.data);
  const theirs = n.loser ? recordName(n.loser.data) : '';
  const mine = n.local ? recordName(n.local.data) : '';
  return (
    <>
      <h3>{t('sync.notices.lost', { record, who, when: formatDateTime(n.loser?.updatedAt || n.at, lang) })}</h3>
      {theirs && theirs !== mine && <p>{t('sync.notices.lost.theirs', { summary: theirs })}</p>}
      <p>{t('sync.notices.lost.talk', { who })}</p>
    </>
  );
}

function Moved({ n }: { n: Shown & { type: 'moved' } }) {
  const t = useT();
  return (
    <>
      {n.count > 0 && <h3>{t('sync.notices.moved', { n: n.count, scope: n.scopeLabel })}</h3>}
      {n.mergedUnits.length > 0 && <p>{t('sync.notices.merged', { units: n.mergedUnits.join(', '), scope: n.scopeLabel })}</p>}
    </>
  );
}
