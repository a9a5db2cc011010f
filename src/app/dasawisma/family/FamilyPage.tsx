import { useEffect, useState } from 'react';
import { IonButton, IonItem, IonLabel, IonList, IonListHeader } from '@ionic/react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { getDb, newId } from '../../../data';
import { deleteFamily, effectiveMembers, getFamily, getGroup, groupAt, linkedHousehold, refreshLinkedMembers, saveFamily } from '../../../data/dasawisma';
import type { FamilyData } from '../../../domain/records/dasawisma';
import { useSaver } from '../../shell/useSaver';
import { formatDateTime, useLang, useT } from '../../i18n';
import { Page } from '../ui/Page';
import { TextField } from '../ui/TextField';
import { useLoad } from '../../shell/useLoad';
import { clearDraft, familyDraftKey, readDraft, writeDraft } from '../ui/drafts';
import { FamilyFacts } from './FamilyFacts';
import { RtLink } from './RtLink';
import { MemberList } from './MemberList';
import { useAlert } from '../../shell/overlays';

async function load(groupId: string | undefined, familyId: string | undefined, newFamilyId: string, year: number) {
  const db = getDb();
  // A new family's form opened again after it was saved (the record took the form's id) shows that family.
  const family = await getFamily(db, familyId ?? newFamilyId);
  // A family names its group by address only (groups.ts: one way to name a group).
  const group = family ? await groupAt(db, family.addr) : await getGroup(db, groupId ?? '');
  if (!group) return null;
  if (family) await refreshLinkedMembers(db, family);
  const members = family ? await effectiveMembers(db, family) : [];
  const linkedFound = family ? !!(await linkedHousehold(db, family)) : false;
  const key = familyDraftKey(family?.id, group.id, newFamilyId);
  const draft = await readDraft<FamilyData>(key);
  const saved: FamilyData = family?.data ?? { year, headName: '' };
  return { group, family, members, linkedFound, key, saved, initial: draft?.value ?? saved, draftAt: draft?.updatedAt };
}

const ID = /^[0-9A-Za-z_-]{1,64}$/;

/** Catatan keluarga (4.15) with the household facts of data warga (4.14.1a), for one household and year. */
export default function FamilyPage() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { groupId, familyId } = useParams();
  const search = new URLSearchParams(useLocation().search);
  const year = Number(search.get('tahun')) || new Date().getFullYear();
  // A new family's own id, from the form's address (a reload) or made now; its draft is keyed by it.
  const [newFamilyId] = useState(() => {
    const d = search.get('draf');
    return d && ID.test(d) ? d : newId();
  });
  const navigate = useNavigate();
  const { save, saving } = useSaver();
  const [confirm] = useAlert();
  const { data: loaded, reload } = useLoad(() => load(groupId, familyId, newFamilyId, year), [groupId, familyId, newFamilyId, year], { live: false });
  const [form, setForm] = useState<FamilyData>({ year, headName: '' });
  const [draftAt, setDraftAt] = useState<string | undefined>();
  // The form is filled from the loaded family in an effect, one render after it loads: until then
  // the page would show the family's members beside an empty, unlinked form.
  const [filled, setFilled] = useState(false);

  useEffect(() => {
    // The new form's address keeps its id, so a reload brings back this form's draft and no other.
    if (familyId || search.get('draf') === newFamilyId || !window.location.pathname.endsWith('/keluarga-baru')) return;
    const url = new URL(window.location.href);
    url.searchParams.set('draf', newFamilyId);
    window.history.replaceState(window.history.state, '', url);
    // Once, for the id made at mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!loaded) return;
    setForm(loaded.initial);
    setDraftAt(loaded.draftAt);
    setFilled(true);
  }, [loaded]);

  if (loaded === undefined || (loaded && !filled)) return <Page title={t('dasawisma.family')}>{t('common.loading')}</Page>;
  if (!loaded) return <Page title={t('dasawisma.family')}>{t('common.none')}</Page>;
  const { group, family, members, linkedFound, key } = loaded;

  const discardDraft = () => {
    void clearDraft(key);
    setForm(loaded.saved);
    setDraftAt(undefined);
  };
  const change = (patch: Partial<FamilyData>) =>
    setForm((f) => {
      const next = { ...f, ...patch };
      writeDraft(key, next);
      return next;
    });
  const kk = form.kkCount === undefined ? '' : String(form.kkCount);

  async function onSave() {
    const data = { ...form, kkCount: form.kkCount || undefined };
    const r = await save(() => saveFamily(getDb(), group, data, family?.id ?? newFamilyId));
    if (!r.ok) return;
    await clearDraft(key);
    setDraftAt(undefined);
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
      {draftAt && (
        <IonItem lines="none" color="warning" data-testid="draft-restored">
          <IonLabel className="ion-text-wrap">{t('dasawisma.draftRestored', { when: formatDateTime(draftAt, lang) })}</IonLabel>
          <IonButton slot="end" size="small" fill="outline" onClick={discardDraft}>
            {t('dasawisma.draftDiscard')}
          </IonButton>
        </IonItem>
      )}
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
