import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { saveActivity, type RtActivity } from '../../../data/rt';
import { formatDate, useT } from '../../i18n';
import { DateField, TextField } from '../ui/Field';
import { useRt } from '../store';
import { useWriter } from '../useWriter';

/** Part E: RT activities of the month (free text with date), with a small add form hidden in print. */
export function Activities({ list, month }: { list: RtActivity[]; month: string }) {
  const t = useT();
  const unit = useRt((s) => s.unit)!;
  const { write, saving } = useWriter();
  const [f, setF] = useState({ date: `${month}-01`, title: '', description: '' });
  const add = async () => {
    if (!f.title.trim()) return;
    const r = await write((db, ctx) => saveActivity(db, unit.addr, { date: f.date, title: f.title.trim(), description: f.description.trim() || undefined }, ctx));
    if (r.ok) setF({ ...f, title: '', description: '' });
  };
  return (
    <>
      <h3>{t('rt.rp.activities')}</h3>
      <table className="rt-table list">
        <thead><tr><th>{t('rt.m.date')}</th><th>{t('rt.rp.activityTitle')}</th><th>{t('rt.rp.activityDesc')}</th></tr></thead>
        <tbody>
          {list.length ? list.map((a) => <tr key={a.id}><td>{formatDate(a.data.date)}</td><td>{a.data.title}</td><td>{a.data.description ?? ''}</td></tr>)
            : <tr><td colSpan={3}>{t('rt.rp.empty')}</td></tr>}
        </tbody>
      </table>
      <form className="rt-card rt-noprint" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <div className="rt-row">
          <DateField label={t('rt.m.date')} name="act-date" value={f.date} onChange={(v) => setF({ ...f, date: v })} />
          <TextField label={t('rt.rp.activityTitle')} name="act-title" value={f.title} onChange={(v) => setF({ ...f, title: v })} />
        </div>
        <TextField label={t('rt.rp.activityDesc')} name="act-desc" value={f.description} onChange={(v) => setF({ ...f, description: v })} />
        <IonButton size="small" type="submit" disabled={saving}>{t('rt.rp.addActivity')}</IonButton>
      </form>
    </>
  );
}
