import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { findInstitution, saveActivity } from '../../../data/lkd';
import type { LkdActivityData } from '../../../domain/records/lkd';
import { useT } from '../../i18n';
import { DateField, TextField } from '../../rt/ui/Field';
import { Page } from '../ui/Page';
import { localToday } from '../ui/dates';
import { useLkd } from '../store';
import { useWriter } from '../useWriter';

/** An activity of an institution (Karang Taruna's log, any other's): new (/desa/lembaga/:id/kegiatan-baru) or edited (/desa/kegiatan/:activityId). */
export default function ActivityFormPage() {
  const t = useT();
  const { id, activityId } = useParams();
  return (
    <Page title={activityId ? t('lkd.act.editTitle') : t('lkd.act.newTitle')} back={id ? `/desa/lembaga/${id}` : '/desa'}>
      <ActivityForm institutionId={id} activityId={activityId} />
    </Page>
  );
}

function ActivityForm({ institutionId, activityId }: { institutionId?: string; activityId?: string }) {
  const t = useT();
  const navigate = useNavigate();
  const { ctx, books } = useLkd();
  const { write, saving } = useWriter();
  const group = books?.groups.find((g) => (institutionId ? g.record.id === institutionId : g.activities.some((a) => a.id === activityId)));
  const act = group?.activities.find((a) => a.id === activityId);
  const [f, setF] = useState({ date: act?.data.date ?? localToday(), title: act?.data.title ?? '', description: act?.data.description ?? '', participants: act?.data.participants?.toString() ?? '' });
  const [tried, setTried] = useState(false);
  if (!group || (activityId && !act) || (institutionId && !findInstitution(books!, institutionId))) return <p>{t('lkd.notFound')}</p>;
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const n = f.participants.trim() === '' ? undefined : Number(f.participants);
  const nBad = n !== undefined && !(Number.isInteger(n) && n >= 0);
  const readOnly = !ctx?.canWrite;

  const submit = async () => {
    setTried(true);
    if (!f.title.trim() || !f.date || nBad) return;
    const data: LkdActivityData = { date: f.date, title: f.title.trim(), ...(f.description.trim() ? { description: f.description.trim() } : {}), ...(n !== undefined ? { participants: n } : {}) };
    const r = await write((db, wctx) => saveActivity(db, group.addr, data, wctx, act?.id));
    if (r.ok) navigate(`/desa/lembaga/${group.record.id}`, { replace: true });
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <p className="lkd-muted">{group.record.data.name}</p>
      <DateField label={t('lkd.act.date')} name="date" value={f.date} onChange={set('date')} max={localToday()} />
      <TextField label={t('lkd.act.what')} name="title" value={f.title} onChange={set('title')} error={tried && !f.title.trim() ? t('common.required') : null} />
      <TextField label={t('lkd.act.description')} name="description" value={f.description} onChange={set('description')} />
      <TextField label={t('lkd.act.participants')} name="participants" value={f.participants} onChange={set('participants')} inputMode="numeric" error={nBad ? t('lkd.act.participantsBad') : null} />
      {!readOnly && <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>}
    </form>
  );
}
