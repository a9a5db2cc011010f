import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import { IonButton, IonCard, IonCardContent, IonCardHeader, IonCardTitle, IonNote, IonText } from '@ionic/react';
import { getDb } from '../../data/storage';
import { deleteRecord, saveRecord } from '../../data/records';
import type { ConflictEntry } from '../../data/db';
import { localDeviceId } from '../../sync';
import { newId } from '../../data/ids';
import { formatDateTime, useLang, useT } from '../i18n';
import { explainSaveError } from '../shell/save-errors';

function show(v: unknown): string {
  if (v === undefined || v === null) return '–';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Field-by-field rows of both versions; differing fields first. */
export function diffRows(c: ConflictEntry): { field: string; mine: string; theirs: string; differs: boolean }[] {
  const a = (c.losing.data ?? {}) as Record<string, unknown>;
  const b = (c.winning.data ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = keys.map((field) => ({ field, mine: show(a[field]), theirs: show(b[field]), differs: show(a[field]) !== show(b[field]) }));
  return rows.sort((x, y) => Number(y.differs) - Number(x.differs));
}

/** Restores the losing version as a new edit (queued and sent like any save). */
async function restore(c: ConflictEntry): Promise<void> {
  const db = getDb();
  const by = await localDeviceId(db, newId);
  if (c.losing.deleted) await deleteRecord(db, c.recordId, { by });
  else await saveRecord(db, { id: c.recordId, kind: c.kind, addr: c.losing.addr, parent: c.losing.parent, data: c.losing.data }, { by });
  await db.conflicts.update(c.id, { resolved: true });
}

function ConflictItem({ c }: { c: ConflictEntry }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [error, setError] = useState<string | null>(null);
  const deleted = t('sync.conflicts.deleted');
  return (
    <div className="sync-conflict" data-testid="sync-conflict">
      <h3>{c.kind}</h3>
      <p>{t('sync.conflicts.when', { when: formatDateTime(c.losing.updatedAt, lang) })}</p>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left' }}>{t('sync.conflicts.field')}</th>
            <th style={{ textAlign: 'left' }}>{t('sync.conflicts.server')}</th>
            <th style={{ textAlign: 'left' }}>{c.losingByName ? t('sync.conflicts.mineBy', { name: c.losingByName }) : t('sync.conflicts.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {(c.winning.deleted || c.losing.deleted) && (
            <tr>
              <td />
              <td>{c.winning.deleted ? deleted : ''}</td>
              <td>{c.losing.deleted ? deleted : ''}</td>
            </tr>
          )}
          {diffRows(c).map((r) => (
            <tr key={r.field} style={r.differs ? { fontWeight: 600 } : { opacity: 0.7 }}>
              <td>{r.field}</td>
              <td>{r.theirs}</td>
              <td>{r.mine}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <IonButton size="small" data-testid="conflict-restore" onClick={() => restore(c).catch(async (e) => setError((await explainSaveError(e)).message))}>
        {t('sync.conflicts.restore')}
      </IonButton>
      <IonButton size="small" fill="outline" data-testid="conflict-accept" onClick={() => void getDb().conflicts.update(c.id, { resolved: true })}>
        {t('sync.conflicts.accept')}
      </IonButton>
      {error && (
        <IonText color="danger">
          <p>{error}</p>
        </IonText>
      )}
    </div>
  );
}

/** Changes that lost against another phone's edit: both versions side by side, never silent. */
export function ConflictsList() {
  const t = useT();
  const [rows, setRows] = useState<ConflictEntry[]>([]);
  useEffect(() => {
    const sub = liveQuery(() => getDb().conflicts.filter((c) => !c.resolved).toArray()).subscribe({ next: setRows, error: () => setRows([]) });
    return () => sub.unsubscribe();
  }, []);
  if (rows.length === 0) return null;
  return (
    <IonCard data-testid="sync-conflicts">
      <IonCardHeader>
        <IonCardTitle>{t('sync.conflicts.title')}</IonCardTitle>
      </IonCardHeader>
      <IonCardContent>
        <IonNote>{t('sync.conflicts.help')}</IonNote>
        {rows.map((c) => (
          <ConflictItem key={c.id} c={c} />
        ))}
      </IonCardContent>
    </IonCard>
  );
}
