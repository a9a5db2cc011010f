import { useState } from 'react';
import { IonButton, IonIcon, IonItem, IonLabel, IonList, IonListHeader, IonSegment, IonSegmentButton } from '@ionic/react';
import { addOutline, bookOutline, createOutline, documentTextOutline } from 'ionicons/icons';
import { useParams } from 'react-router-dom';
import { getDb } from '../../../data';
import { copyFamilyToYear, familySummaries, getGroup } from '../../../data/dasawisma';
import { useSaver } from '../../shell/useSaver';
import { formatDateTime, useLang, useT } from '../../i18n';
import type { FamilyData } from '../../../domain/records/dasawisma';
import { newFamilyDrafts } from '../ui/drafts';
import { Page } from '../ui/Page';
import { useLoad } from '../../shell/useLoad';
import { currentMonth } from '../ui/enrolment';
import { useToast } from '../../shell/overlays';

/** One group: its houses (catatan keluarga) for a year, and the way to its recap and registers. */
export default function GroupPage() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { id = '' } = useParams();
  const [year, setYear] = useState(new Date().getFullYear());
  const { save } = useSaver();
  const [toast] = useToast();
  const { data, reload } = useLoad(async () => {
    const db = getDb();
    const group = await getGroup(db, id);
    if (!group) return null;
    return { group, families: await familySummaries(db, group.addr), drafts: await newFamilyDrafts<FamilyData>(group.id) };
  }, [id]);
  if (data === undefined) return <Page title={t('dasawisma.group')}>{t('common.loading')}</Page>;
  if (!data) return <Page title={t('dasawisma.group')}>{t('common.none')}</Page>;
  const { group, families, drafts } = data;
  const ofYear = families.filter((f) => f.family.data.year === year);
  const previous = families.filter((f) => f.family.data.year === year - 1).map((f) => f.family);

  async function copyPrevious() {
    const r = await save(async () => {
      for (const f of previous) await copyFamilyToYear(getDb(), f, year);
      return previous.length;
    }, { success: false });
    if (r.ok) void toast({ message: t('dasawisma.copied', { n: r.value }), duration: 1500, position: 'top' });
    reload();
  }

  return (
    <Page title={group.data.name}>
      <p className="dw-muted">
        {t('dasawisma.rt', { rt: group.rtNo })} · {group.data.desaName ?? group.desaCode} · {group.data.coordinatorName ?? t('dasawisma.noCoordinator')}
      </p>
      <IonButton size="small" fill="outline" routerLink={`/dasawisma/kelompok/${id}/ubah`}>
        <IonIcon slot="start" icon={createOutline} />
        {t('dasawisma.editGroup')}
      </IonButton>
      <IonButton size="small" fill="outline" routerLink={`/dasawisma/kelompok/${id}/rekap/${currentMonth()}`}>
        <IonIcon slot="start" icon={documentTextOutline} />
        {t('dasawisma.recap')}
      </IonButton>
      <IonButton size="small" fill="outline" routerLink={`/dasawisma/kelompok/${id}/register`}>
        <IonIcon slot="start" icon={bookOutline} />
        {t('dasawisma.registers')}
      </IonButton>
      <IonSegment value={String(year)} onIonChange={(e) => setYear(Number(e.detail.value))}>
        {[year - 1, year, year + 1].map((y) => (
          <IonSegmentButton key={y} value={String(y)}>
            <IonLabel>{y}</IonLabel>
          </IonSegmentButton>
        ))}
      </IonSegment>
      <IonList>
        <IonListHeader>
          {t('dasawisma.families')} · {t('dasawisma.houses', { n: ofYear.length })}
        </IonListHeader>
        {ofYear.length === 0 && <IonItem lines="none">{t('dasawisma.noFamilies')}</IonItem>}
        {ofYear.map(({ family: f, members, unasked }) => (
          <IonItem key={f.id} routerLink={`/dasawisma/keluarga/${f.id}`} detail data-testid="family-row">
            <IonLabel>
              <h2>{f.data.headName}</h2>
              <p>
                {f.data.houseNo ? `${t('dasawisma.houseNo')} ${f.data.houseNo} · ` : ''}
                {t('dasawisma.memberCount', { n: members })}
                {f.data.rtHouseholdId ? ` · ${t('dasawisma.fromRt')}` : ''}
              </p>
              {unasked > 0 && <p className="dw-flag">{t('dasawisma.factsMissing', { n: unasked })}</p>}
            </IonLabel>
          </IonItem>
        ))}
      </IonList>
      {drafts.length > 0 && (
        <IonList data-testid="unsaved-drafts">
          <IonListHeader>{t('dasawisma.unsavedDrafts')}</IonListHeader>
          {drafts.map((d) => (
            <IonItem key={d.id} routerLink={`/dasawisma/kelompok/${id}/keluarga-baru?tahun=${d.value.year}&draf=${d.id}`} detail>
              <IonLabel>
                <h2>{t('dasawisma.unsavedDraft', { name: d.value.headName?.trim() || t('dasawisma.unnamed') })}</h2>
                <p>{formatDateTime(d.updatedAt, lang)}</p>
              </IonLabel>
            </IonItem>
          ))}
        </IonList>
      )}
      <IonButton expand="block" routerLink={`/dasawisma/kelompok/${id}/keluarga-baru?tahun=${year}`}>
        <IonIcon slot="start" icon={addOutline} />
        {t('dasawisma.newFamily')}
      </IonButton>
      {ofYear.length === 0 && previous.length > 0 && (
        <IonButton expand="block" fill="outline" onClick={() => void copyPrevious()}>
          {t('dasawisma.copyYear', { year: year - 1 })}
        </IonButton>
      )}
    </Page>
  );
}
