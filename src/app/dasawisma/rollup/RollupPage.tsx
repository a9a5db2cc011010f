import { useState } from 'react';
import { IonLabel, IonSegment, IonSegmentButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { getDb } from '../../../data';
import { desaRollup } from '../../../data/dasawisma';
import { formatMonth, useLang, useT, type MessageKey } from '../../i18n';
import { Page } from '../ui/Page';
import { MonthField } from '../ui/MonthField';
import { ReportActions } from '../ui/ReportActions';
import { useLoad } from '../../shell/useLoad';
import { RecapTable, recapCsvRows } from '../recap/RecapTable';
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
  const sections: { key: string; title: string; first: string; table: Table }[] =
    level === 'rt'
      ? data.rts.map((r) => ({ key: r.id, title: `${t('dasawisma.rollupRt')} — RT ${r.rtNo}`, first: t('dasawisma.group'), table: r.table }))
      : level === 'rw'
        ? data.rws.map((r) => ({ key: r.id, title: `${t('dasawisma.rollupRw')} — ${r.rw ? t('dasawisma.rw', { rw: r.rw }) : t('dasawisma.noRw')}`, first: 'RT', table: r.table }))
        : [{ key: 'desa', title: `${t('dasawisma.rollupDesa')} — ${t('dasawisma.desaOf', { name: data.desaName })}`, first: t('dasawisma.levelRw'), table: data.desa }];
  const csv = () => sections.flatMap((s) => [[s.title], ...recapCsvRows(s.table, s.first, t('dasawisma.total'), (c) => t(`dasawisma.col.${c}` as MessageKey)), []]);
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
          <RecapTable table={s.table} firstHeader={s.first} title={`${s.title} · ${formatMonth(month, lang)}`} />
          <MissingFacts table={s.table} />
        </section>
      ))}
      <ReportActions filename={`rekap-pkk-${level}-${desa}-${month}.csv`} rows={csv} />
    </Page>
  );
}
