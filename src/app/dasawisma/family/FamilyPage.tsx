import { useEffect, useRef, useState } from 'react';
import { IonButton, IonList, IonListHeader } from '@ionic/react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { getDb } from '../../../data';
import { deleteFamily, effectiveMembers, getFamily, getGroup, linkedHousehold, refreshLinkedMembers, saveFamily } from '../../../data/dasawisma';
import type { FamilyData } from '../../../domain/records/dasawisma';
import { parseAddr } from '../../../domain/records';
import { useSaver } from '../../shell/useSaver';
import { useT } from '../../i18n';
import { Page } from '../ui/Page';
import { TextField } from '../ui/TextField';
import { useLoad } from '../../shell/useLoad';
import { clearDraft, readDraft, writeDraft } from '../ui/drafts';
import { FamilyFacts } from './FamilyFacts';
import { RtLink } from './RtLink';
import { MemberList } from './MemberList';
import { useToast, useAlert } from '../../shell/overlays';

async function load(groupId: string | undefined, familyId: string | undefined, year: number) {
  const db = getDb();
  const family = familyId ? await getFamily(db, familyId) : undefined;
  const group = await getGroup(db, family ? parseAddr(family.addr).group ?? '' : groupId ?? '');
  if (!group) return null;
  if (family) await refreshLinkedMembers(db, family);
  const members = family ? await effectiveMembers(db, family) : [];
  const linkedFound = family ? !!(await linkedHousehold(db, family)) : false;
  const key = `dasawisma.family:${family?.id ?? `new:${group.id}`}`;
  const draft = await readDraft<FamilyData>(key);
  const initial: FamilyData = draft ?? family?.data ?? { year, headName: '' };
  return { group, family, members, linkedFound, key, initial, fromDraft: !!draft };
}

/** Catatan keluarga (4.15) with the household facts of data warga (4.14.1a), for one household and year. */
export default function FamilyPage() {
  const t = useT();
  const { groupId, familyId } = useParams();
  const year = Number(new URLSearchParams(useLocation().search).get('tahun')) || new Date().getFullYear();
  const navigate = useNavigate();
  const { save, saving } = useSaver();
  const [toast] = useToast();
  const [confirm] = useAlert();
  const { data: loaded, reload } = useLoad(() => load(groupId, familyId, year), [groupId, familyId, year], { live: false });
  const [form, setForm] = useState<FamilyData>({ year, headName: '' });
  const shownDraft = useRef(false);

  useEffect(() => {
    if (!loaded) return;
    setForm(loaded.initial);
    if (loaded.fromDraft && !shownDraft.current) {
      shownDraft.current = true;
      void toast({ message: t('dasawisma.draftRestored'), duration: 2000, position: 'top' });
    }
    // Only a new load resets the form (t and toast change identity on every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  if (loaded === undefined) return <Page title={t('dasawisma.family')}>{t('common.loading')}</Page>;
  if (!loaded) return <Page title={t('dasawisma.family')}>{t('common.none')}</Page>;
  const { group, family, members, linkedFound, key } = loaded;

  const change = (patch: Partial<FamilyData>) =>
    setForm((f) => {
      const next = { ...f, ...patch };
      writeDraft(key, next);
      return next;
    });
  const kk = form.kkCount === undefined ? '' : String(form.kkCount);

  async function onSave() {
    const data = { ...form, kkCount: form.kkCount || undefined };
    const r = await save(() => saveFamily(getDb(), group, data, family?.id));
    if (!r.ok) return;
    await clearDraft(key);
    if (!family) navigate(`/dasawisma/keluarga/${r.value.id}`, { replace: true });
    else reload();
  }

  function onDelete() {
    void confirm({
      header: t('dasawisma.deleteFamily'),
      buttons: [
        { text: t('common.cancel'), role: 'cancel' },
        { text: t('common.delete'), role: 'destructive', handler: () => void save(() => deleteFamily(getDb(), family!.id)).then((r) => r.ok && navigate(`/dasawisma/kelompok/${group.id}`)) },
      ],
    });
  }

  return (
    <Page title={`${t('dasawisma.family')} ${form.year}`} back={`/dasawisma/kelompok/${group.id}`}>
      <IonList>
        <TextField name="headName" label={t('dasawisma.headName')} value={form.headName} onChange={(v) => change({ headName: v })} />
        <TextField name="houseNo" label={t('dasawisma.houseNo')} value={form.houseNo} onChange={(v) => change({ houseNo: v })} />
        <TextField name="address" label={t('dasawisma.address')} value={form.address} onChange={(v) => change({ address: v })} />
        <TextField name="noKk" label={t('dasawisma.noKk')} value={form.noKk} onChange={(v) => change({ noKk: v || undefined })} inputmode="numeric" />
        <TextField name="kkCount" label={t('dasawisma.kkCount')} value={kk} onChange={(v) => change({ kkCount: v ? Number(v) : undefined })} type="number" inputmode="numeric" />
      </IonList>
      <RtLink group={group} linkedId={form.rtHouseholdId} linkedFound={linkedFound} onLink={(id, head) => change({ rtHouseholdId: id, headName: form.headName || head || '' })} />
      <IonListHeader>{t('dasawisma.facts')}</IonListHeader>
      <FamilyFacts data={form} onChange={change} />
      <IonList>
        <TextField name="notes" label={t('dasawisma.notes')} value={form.notes} onChange={(v) => change({ notes: v })} />
      </IonList>
      <IonButton expand="block" onClick={() => void onSave()} disabled={saving}>
        {t('common.save')}
      </IonButton>
      {family ? <MemberList familyId={family.id} members={members} /> : <p className="dw-muted">{t('dasawisma.saveFirst')}</p>}
      {family && (
        <IonButton expand="block" fill="clear" color="danger" onClick={onDelete}>
          {t('common.delete')}
        </IonButton>
      )}
    </Page>
  );
}
