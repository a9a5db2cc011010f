import { useEffect, useState } from 'react';
import { IonButton, IonItem, IonLabel, IonList, IonListHeader, IonSelect, IonSelectOption } from '@ionic/react';
import { parseAddr } from '../../../domain/records';
import { useEnrolment } from '../ui/enrolment';
import { useNavigate, useParams } from 'react-router-dom';
import { getDb } from '../../../data';
import { createGroup, getGroup, getPkkRt, rwOf, savePkkRt, updateGroup, type GroupData, type PkkRtData } from '../../../data/dasawisma';
import { useSaver } from '../../shell/useSaver';
import { useT } from '../../i18n';
import { Page } from '../ui/Page';
import { TextField } from '../ui/TextField';
import { useLoad } from '../../shell/useLoad';
import { coordinatorCandidates } from './candidates';

const DESA_RE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const RT_RE = /^\d{3}$/;

/** New group (desa code + RT fix its address for good) or edit of name, coordinator and PKK RT. */
export default function GroupFormPage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const { save, saving } = useSaver();
  const { data: loaded } = useLoad(async () => {
    if (!id) return null;
    const db = getDb();
    const group = await getGroup(db, id);
    if (!group) return null;
    const pkk = await getPkkRt(db, group.desaCode, group.rtNo);
    // The RW the RT books already know (rt.unit) fills in until the PKK RT record says otherwise.
    const rw = pkk?.data.rw ?? (await rwOf(db, group.desaCode, group.rtNo));
    return { group, pkk: { ...(pkk?.data ?? {}), ...(rw ? { rw } : {}) }, candidates: await coordinatorCandidates(db, group) };
  }, [id], { live: false });
  // Enrolled, a new group lies inside the phone's scope: what the scope fixes is not asked.
  const enrol = useEnrolment();
  const scope = enrol?.scope.modules.includes('dasawisma') ? parseAddr(enrol.scope.prefix) : undefined;
  const [desaCode, setDesaCode] = useState('');
  const [rtNo, setRtNo] = useState('');
  useEffect(() => {
    if (scope?.desa) setDesaCode(scope.desa);
    if (scope?.rt) setRtNo(scope.rt);
  }, [scope?.desa, scope?.rt]);
  const [data, setData] = useState<GroupData>({ name: '' });
  const [pkk, setPkk] = useState<PkkRtData>({});
  const [tried, setTried] = useState(false);

  useEffect(() => {
    if (!loaded) return;
    setDesaCode(loaded.group.desaCode);
    setRtNo(loaded.group.rtNo);
    setData(loaded.group.data);
    setPkk(loaded.pkk);
  }, [loaded]);

  const desaBad = !DESA_RE.test(desaCode);
  const rtBad = !RT_RE.test(rtNo);
  const nameBad = !data.name.trim();

  async function onSave() {
    setTried(true);
    if (desaBad || rtBad || nameBad) return;
    const db = getDb();
    const r = await save(async () => {
      const g = loaded ? await updateGroup(db, loaded.group, data) : await createGroup(db, { ...data, desaCode, rtNo, id: scope?.group });
      await savePkkRt(db, desaCode, rtNo, { ...pkk, desaName: pkk.desaName ?? data.desaName });
      return g;
    });
    if (r.ok) navigate(`/dasawisma/kelompok/${r.value.id}`, { replace: true });
  }

  const set = (k: keyof GroupData) => (v: string) => setData((d) => ({ ...d, [k]: v }));
  return (
    <Page title={loaded ? t('dasawisma.editGroup') : t('dasawisma.newGroup')} back={loaded ? `/dasawisma/kelompok/${id}` : '/dasawisma'}>
      <IonList>
        {!loaded && !scope?.desa && (
          <TextField name="desaCode" label={t('dasawisma.desaCode')} value={desaCode} onChange={setDesaCode} inputmode="decimal" error={tried && desaBad ? t('dasawisma.desaCodeBad') : undefined} />
        )}
        {!loaded && !scope?.rt && (
          <TextField name="rtNo" label={t('dasawisma.rtNo')} value={rtNo} onChange={setRtNo} inputmode="numeric" error={tried && rtBad ? t('dasawisma.rtNoBad') : undefined} />
        )}
        {!loaded && scope?.desa && (
          <IonItem lines="full">
            <IonLabel className="ion-text-wrap">{t('dasawisma.placeOf', { place: enrol?.scope.label ?? '' })}</IonLabel>
          </IonItem>
        )}
        <TextField name="desaName" label={t('dasawisma.desaName')} value={data.desaName} onChange={set('desaName')} />
        <TextField name="groupName" label={t('dasawisma.groupName')} value={data.name} onChange={set('name')} error={tried && nameBad ? t('common.required') : undefined} />
        {loaded && loaded.candidates.length > 0 ? (
          <IonItem lines="full">
            <IonSelect
              label={t('dasawisma.coordinator')}
              labelPlacement="stacked"
              interface="popover"
              value={data.coordinatorMemberId ?? ''}
              onIonChange={(e) => {
                const c = loaded.candidates.find((x) => x.memberId === e.detail.value);
                setData((d) => ({ ...d, coordinatorMemberId: c?.memberId, coordinatorName: c?.name }));
              }}
            >
              <IonSelectOption value="">—</IonSelectOption>
              {loaded.candidates.map((c) => (
                <IonSelectOption key={c.memberId} value={c.memberId}>
                  {c.name}
                </IonSelectOption>
              ))}
            </IonSelect>
          </IonItem>
        ) : (
          <TextField name="coordinatorName" label={t('dasawisma.coordinator')} value={data.coordinatorName} onChange={set('coordinatorName')} />
        )}
        <IonListHeader>{t('dasawisma.pkkRt')}</IonListHeader>
        <TextField name="rw" label={t('dasawisma.pkkRtRw')} value={pkk.rw} onChange={(v) => setPkk((p) => ({ ...p, rw: v }))} inputmode="numeric" />
        <TextField name="dusun" label={t('dasawisma.pkkRtDusun')} value={pkk.dusun} onChange={(v) => setPkk((p) => ({ ...p, dusun: v }))} />
        <TextField name="chair" label={t('dasawisma.pkkRtChair')} value={pkk.chairName} onChange={(v) => setPkk((p) => ({ ...p, chairName: v }))} />
      </IonList>
      <IonButton expand="block" onClick={() => void onSave()} disabled={saving}>
        {t('common.save')}
      </IonButton>
    </Page>
  );
}
