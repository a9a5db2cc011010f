import { useEffect, useMemo, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { addMonths, isValidMonth } from '../../../domain';
import { getDb, getRecord, saveRecord } from '../../../data';
import { localToday, skdnReport, writeContext, type SkdnCode } from '../../../data/posyandu';
import { useSaver } from '../../shell/useSaver';
import { useT, formatDate, formatMonth } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { usePosyandu } from '../store';
import { BandTable, RatioTable, SkdnTotals, codeLabel } from './SkdnTables';
import { TrendChart } from './TrendChart';
import { ExportButtons } from '../../print/ExportButtons';
import { SkdnSheet, f1Lines } from './SkdnSheet';
import { f1Csv } from './f1';

export default function SkdnPage() {
  const t = useT();
  const { month = '' } = useParams();
  const ok = isValidMonth(month);
  return (
    <PageShell title={ok ? t('posyandu.skdn.title', { month: formatMonth(month) }) : month}>
      {ok && <Body month={month} />}
    </PageShell>
  );
}

const reportId = (unitId: string, month: string) => `lap-${unitId}-${month}`;

function Body({ month }: { month: string }) {
  const t = useT();
  const navigate = useNavigate();
  const { unit, reg } = usePosyandu();
  const [picked, setPicked] = useState<SkdnCode | null>(null);
  const [sentAt, setSentAt] = useState<string | null>(null);
  const { save, saving } = useSaver();
  const report = useMemo(() => (reg ? skdnReport(reg, month) : null), [reg, month]);
  useEffect(() => {
    if (!unit) return;
    let live = true;
    void getRecord<{ sentAt: string }>(getDb(), reportId(unit.id, month)).then((r) => { if (live) setSentAt(r?.data.sentAt ?? null); });
    return () => { live = false; };
  }, [unit, month]);
  if (!unit || !reg || !report) return null;
  const names = new Map(reg.children.map((c) => [c.id, c]));
  const thisMonth = localToday().slice(0, 7);

  const markSent = async () => {
    const today = localToday();
    const r = await save(async () => saveRecord(getDb(), { id: reportId(unit.id, month), kind: 'posyandu.report', addr: unit.addr, data: { month, sentAt: today } }, await writeContext(getDb())));
    if (r.ok) setSentAt(today);
  };

  return (
    <>
      <div className="pd-row pd-noprint">
        <IonButton size="small" fill="outline" onClick={() => navigate(`/posyandu/skdn/${addMonths(month, -1)}`, { replace: true })}>‹ {t('posyandu.skdn.prev')}</IonButton>
        <IonButton size="small" fill="outline" disabled={month >= thisMonth} onClick={() => navigate(`/posyandu/skdn/${addMonths(month, 1)}`, { replace: true })}>{t('posyandu.skdn.next')} ›</IonButton>
      </div>
      <SkdnSheet unit={unit} report={report} />
      <SkdnTotals report={report} onPick={setPicked} />
      {picked && (
        <section className="pd-card" aria-label={t('posyandu.skdn.childrenList')}>
          <h3>{t('posyandu.skdn.childrenOf', { code: codeLabel(picked), n: report.lists[picked].length })}</h3>
          <ul className="pd-list">
            {report.lists[picked].map((id) => (
              <li key={id}><button type="button" onClick={() => navigate(`/posyandu/anak/${id}`)}>{names.get(id)?.data.name ?? id}</button></li>
            ))}
          </ul>
        </section>
      )}
      <h3>{t('posyandu.skdn.ratios')}</h3>
      <RatioTable report={report} />
      <h3>{t('posyandu.skdn.byBand')}</h3>
      <BandTable report={report} />
      <h3>{t('posyandu.skdn.trend')}</h3>
      <TrendChart rows={report.trend} title={t('posyandu.skdn.trend')} />
      <div className="pd-noprint">
        <ExportButtons filename={`SKDN-${unit.data.name}-${month}.csv`} csv={() => f1Csv(t, report, f1Lines(t, unit, month))} />
        <IonButton size="small" fill="outline" data-go="eppgbm-export" onClick={() => navigate(`/posyandu/eppgbm/ekspor?bulan=${month}`)}>{t('interop.eppgbm.exportOpen')}</IonButton>
        {sentAt ? (
          <p className="pd-muted">{t('posyandu.skdn.sent', { date: formatDate(sentAt) })}</p>
        ) : (
          <IonButton expand="block" fill="clear" disabled={saving} onClick={() => void markSent()}>{t('posyandu.skdn.markSent')}</IonButton>
        )}
      </div>
    </>
  );
}
