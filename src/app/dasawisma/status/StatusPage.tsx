import { useState } from 'react';
import { IonItem, IonLabel, IonList, IonSegment, IonSegmentButton, IonSelect, IonSelectOption } from '@ionic/react';
import { getDb } from '../../../data';
import { filterStatuses, groupStatuses, listGroups, reportedCount, type StatusFilter } from '../../../data/dasawisma';
import { formatMonth, useLang, useT } from '../../i18n';
import { Page } from '../ui/Page';
import { MonthField } from '../ui/MonthField';
import { useLoad } from '../../shell/useLoad';
import { currentMonth, useEnrolment } from '../ui/enrolment';
import { StatusRow } from './StatusRow';
import { ExportButtons } from '../../print/ExportButtons';
import { StatusSheet, statusCsv } from '../print/status';
import { areasOf } from './areas';

/** SPEC §5: every group of the coordinator's area, who reported this month, and what needs a look. */
export default function StatusPage() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const enrol = useEnrolment();
  const scope = enrol?.scope.modules.includes('dasawisma') ? enrol.scope.prefix : undefined;
  const [month, setMonth] = useState(currentMonth());
  const [area, setArea] = useState<string>('');
  const [filter, setFilter] = useState<StatusFilter>('all');
  const prefix = area || scope;
  const { data } = useLoad(async () => {
    const db = getDb();
    return { groups: await listGroups(db, scope), rows: await groupStatuses(db, prefix, month) };
  }, [scope, prefix, month]);
  if (!data || enrol === undefined) return <Page title={t('dasawisma.status')}>{t('common.loading')}</Page>;
  const count = reportedCount(data.rows);
  const shown = filterStatuses(data.rows, filter);
  const areas = areasOf(data.groups, scope, t('dasawisma.areaAll'), (name, rt) => t('dasawisma.areaRt', { name, rt }));
  const sheetLines = [
    areas.find((a) => (a.prefix ?? '') === area)?.label ?? '',
    t('dasawisma.statusCount', { reported: count.reported, total: count.total, month: formatMonth(month, lang) }),
  ].filter(Boolean);
  return (
    <Page title={t('dasawisma.status')}>
      <h2 data-testid="status-count">{t('dasawisma.statusCount', { reported: count.reported, total: count.total, month: formatMonth(month, lang) })}</h2>
      <MonthField name="statusMonth" label={t('dasawisma.month')} value={month} onChange={(m) => m && setMonth(m)} />
      {areas.length > 1 && (
        <IonItem lines="full">
          <IonSelect label={t('dasawisma.area')} labelPlacement="stacked" interface="popover" value={area} onIonChange={(e) => setArea(String(e.detail.value ?? ''))}>
            {areas.map((a) => (
              <IonSelectOption key={a.prefix ?? ''} value={a.prefix ?? ''}>
                {a.label}
              </IonSelectOption>
            ))}
          </IonSelect>
        </IonItem>
      )}
      <IonSegment value={filter} onIonChange={(e) => setFilter(e.detail.value as StatusFilter)}>
        <IonSegmentButton value="all">
          <IonLabel>{t('dasawisma.filterAll')}</IonLabel>
        </IonSegmentButton>
        <IonSegmentButton value="belum-lapor">
          <IonLabel>{t('dasawisma.filterNotReported')}</IonLabel>
        </IonSegmentButton>
        <IonSegmentButton value="tanpa-koordinator">
          <IonLabel>{t('dasawisma.filterNoCoordinator')}</IonLabel>
        </IonSegmentButton>
      </IonSegment>
      <IonList>
        {shown.map((s) => (
          <StatusRow key={s.group.id} s={s} month={month} />
        ))}
      </IonList>
      <ExportButtons filename={`status-dasawisma-${month}.csv`} csv={() => statusCsv(t, shown, sheetLines)} />
      <StatusSheet rows={shown} lines={sheetLines} />
    </Page>
  );
}
