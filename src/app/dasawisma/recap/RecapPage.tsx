import { IonNote } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { getDb } from '../../../data';
import { fromSnapshot, getGroup, groupRecap, listSubmissions, statusOfGroup, submissionFor, submitRecap, toSnapshot } from '../../../data/dasawisma';
import { useSaver } from '../../shell/useSaver';
import { formatDate, formatMonth, useLang, useT } from '../../i18n';
import { Page } from '../ui/Page';
import { MonthField } from '../ui/MonthField';
import { ExportButtons } from '../../print/ExportButtons';
import { RecapSheet } from '../print/RecapSheet';
import { recapCsv } from '../print/recapColumns';
import { useLoad } from '../../shell/useLoad';
import { GROUP_COLUMNS, RecapTable } from './RecapTable';
import { MissingFacts } from './MissingFacts';
import { SubmitRecap } from './SubmitRecap';

async function load(groupId: string, month: string) {
  const db = getDb();
  const group = await getGroup(db, groupId);
  if (!group) return null;
  const live = await groupRecap(db, group, month);
  const submitted = submissionFor(await listSubmissions(db, group.addr), month);
  const status = await statusOfGroup(db, group, month);
  return { group, live, submitted, changed: status.changedSinceRecap };
}

/** Rekap kelompok dasawisma 4.16a for a month: computed from the records, submitted by the coordinator. */
export default function RecapPage() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { id = '', month = '' } = useParams();
  const navigate = useNavigate();
  const { save, saving } = useSaver();
  const { data, reload } = useLoad(() => load(id, month), [id, month]);
  if (data === undefined) return <Page title={t('dasawisma.recap')}>{t('common.loading')}</Page>;
  if (!data) return <Page title={t('dasawisma.recap')}>{t('common.none')}</Page>;
  const { group, live, submitted, changed } = data;
  // After reporting, the table is what was reported; the live count is shown until then.
  const table = submitted ? fromSnapshot(submitted) : live;
  const title = t('dasawisma.recapOf', { name: group.data.name, month: formatMonth(month, lang) });
  const head = t('dasawisma.headName');
  const sheetLines = [
    t('dasawisma.sheet.groupLine', { name: group.data.name, rt: group.rtNo, desa: group.data.desaName ?? group.desaCode }),
    t('dasawisma.sheet.month', { month: formatMonth(month, lang) }),
  ];

  async function onSubmit(on: string, by: string) {
    const r = await save(() => submitRecap(getDb(), group, { month, submittedOn: on, submittedBy: by, snapshot: toSnapshot(live) }));
    if (r.ok) reload();
  }

  return (
    <Page title={t('dasawisma.recap')} back={`/dasawisma/kelompok/${id}`}>
      <div className="dw-noprint">
        <MonthField name="month" label={t('dasawisma.month')} value={month} onChange={(m) => m && navigate(`/dasawisma/kelompok/${id}/rekap/${m}`, { replace: true })} />
      </div>
      <h3>{title}</h3>
      <p data-testid="recap-state">
        {submitted ? t('dasawisma.submitted', { date: formatDate(submitted.data.submittedOn, lang) }) : t('dasawisma.notSubmitted')}
      </p>
      <IonNote className="dw-muted">{submitted ? t('dasawisma.snapshotShown', { date: formatDate(submitted.data.submittedOn, lang) }) : t('dasawisma.liveShown')}</IonNote>
      <RecapTable table={table} firstHeader={head} columns={GROUP_COLUMNS} />
      <MissingFacts table={table} />
      <ExportButtons filename={`rekap-4.16a-${group.data.name}-${month}.csv`} csv={() => recapCsv(t, 'group', head, table, t('dasawisma.sheet.title416a'), sheetLines)} />
      <RecapSheet name="416a" form="4.16a" title={t('dasawisma.sheet.title416a')} lines={sheetLines} level="group" parts={[{ key: 'group', firstHeader: head, table }]}
        place={group.data.desaName} signatures={[{ role: t('dasawisma.sheet.signGroup'), name: group.data.coordinatorName }]} />
      {(!submitted || changed > 0) && <SubmitRecap defaultBy={group.data.coordinatorName} again={!!submitted} saving={saving} onSubmit={(on, by) => void onSubmit(on, by)} />}
    </Page>
  );
}
