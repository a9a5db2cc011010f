import { useState } from 'react';
import { IonLabel, IonSegment, IonSegmentButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { getDb } from '../../../data';
import { desaRollup } from '../../../data/dasawisma';
import { formatMonth, useLang, useT } from '../../i18n';
import { Page } from '../ui/Page';
import { MonthField } from '../ui/MonthField';
import { ExportButtons } from '../../print/ExportButtons';
import { RecapSheet } from '../print/RecapSheet';
import { recapCsv } from '../print/recapColumns';
import { useLoad } from '../../shell/useLoad';
import { RecapTable } from '../recap/RecapTable';
import { MissingFacts } from '../recap/MissingFacts';
import type { RecapTable as Table } from '../../../domain';

type Level = 'rt' | 'rw' | 'desa';

/** 4.16b (PKK RT ← groups), 4.16c (RW/dusun ← RT), 4.16d (desa ← RW) for a month. */
export default function RollupPage() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { desa = '', month = '' } = useParams();
  const navigate = useNavigate();
  const [level, setLevel] = useState<Level>('rt');
  const { data } = useLoad(() => desaRollup(getDb(), desa, month), [desa, month]);
  if (!data) return <Page title={t('dasawisma.rollup')}>{t('common.loading')}</Page>;
  // The desa by its name (its groups', else the RT books'), the code only when none has one (data/dasawisma/rollup.ts).
  const desaName = data.desaName;
  const sections: { key: string; title: string; first: string; table: Table }[] =
    level === 'rt'
      ? data.rts.map((r) => ({ key: r.id, title: `${t('dasawisma.rollupRt')} — ${t('dasawisma.rtLabel', { rt: r.rtNo })}`, first: t('dasawisma.group'), table: r.table }))
      : level === 'rw'
        ? data.rws.map((r) => ({ key: r.id, title: `${t('dasawisma.rollupRw')} — ${r.rw ? t('dasawisma.rw', { rw: r.rw }) : t('dasawisma.noRw')}`, first: 'RT', table: r.table }))
        : [{ key: 'desa', title: `${t('dasawisma.rollupDesa')} — ${t('dasawisma.desaOf', { name: desaName })}`, first: t('dasawisma.levelRw'), table: data.desa }];
  const form = level === 'rt' ? '4.16b' : level === 'rw' ? '4.16c' : '4.16d';
  const sheetTitle = t(level === 'rt' ? 'dasawisma.sheet.title416b' : level === 'rw' ? 'dasawisma.sheet.title416c' : 'dasawisma.sheet.title416d');
  const sheetLines = [t('dasawisma.sheet.desaLine', { desa: desaName }), t('dasawisma.sheet.month', { month: formatMonth(month, lang) })];
  const sign = level === 'rt' && data.rts.length === 1 ? t('dasawisma.sheet.signPkkRt', { rt: data.rts[0].rtNo })
    : level === 'desa' ? t('dasawisma.sheet.signPkkDesa', { desa: desaName }) : level === 'rw' ? t('dasawisma.sheet.signPkkRw') : t('dasawisma.sheet.signPkkDesa', { desa: desaName });
  const csv = () => sections.map((s, i) => recapCsv(t, 'rollup', s.first, s.table, i === 0 ? `${sheetTitle} (${form})` : s.title, i === 0 ? [s.title, ...sheetLines] : []));
  const notReported = data.groups.filter((g) => g.source === 'live').length;
  return (
    <Page title={t('dasawisma.rollup')}>
      <div className="dw-noprint">
        <MonthField name="rollupMonth" label={t('dasawisma.month')} value={month} onChange={(m) => m && navigate(`/dasawisma/rekap-pkk/${desa}/${m}`, { replace: true })} />
        <IonSegment value={level} onIonChange={(e) => setLevel(e.detail.value as Level)}>
          <IonSegmentButton value="rt"><IonLabel>{t('dasawisma.levelRt')}</IonLabel></IonSegmentButton>
          <IonSegmentButton value="rw"><IonLabel>{t('dasawisma.levelRw')}</IonLabel></IonSegmentButton>
          <IonSegmentButton value="desa"><IonLabel>{t('dasawisma.levelDesa')}</IonLabel></IonSegmentButton>
        </IonSegment>
        <p className="dw-muted" data-testid="rollup-source">
          {formatMonth(month, lang)} · {notReported ? t('dasawisma.rollupLive', { n: notReported, total: data.groups.length }) : t('dasawisma.rollupAllReported', { n: data.groups.length })}
        </p>
      </div>
      {sections.map((s) => (
        <section key={s.key}>
          <h3>{s.title}</h3>
          <RecapTable table={s.table} firstHeader={s.first} />
          <MissingFacts table={s.table} />
        </section>
      ))}
      <ExportButtons filename={`rekap-pkk-${form}-${desaName}-${month}.csv`} csv={csv} />
      <RecapSheet name={form.replace('.', '')} form={form} title={sheetTitle} lines={sheetLines} level="rollup"
        parts={sections.map((s) => ({ key: s.key, title: s.title, firstHeader: s.first, table: s.table }))}
        place={desaName} signatures={[{ role: sign }]} />
    </Page>
  );
}
