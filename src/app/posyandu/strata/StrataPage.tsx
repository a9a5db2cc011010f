import { useEffect, useState } from 'react';
import { getDb } from '../../../data';
import { localToday, strataReport, type StrataReport } from '../../../data/posyandu';
import { describeSaveError } from '../../shell/save-errors';
import { useT, formatMonth, type MessageKey } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { usePosyandu } from '../store';
import { StrataPanel } from './StrataView';
import { IntegratedChecklist } from './IntegratedChecklist';
import { StrataSheet, strataCsv } from './StrataSheet';
import { ExportButtons } from '../../print/ExportButtons';

export default function StrataPage() {
  const t = useT();
  return (
    <PageShell title={t('posyandu.strata.title')}>
      <Body />
    </PageShell>
  );
}

function Body() {
  const t = useT();
  const { unit, reg } = usePosyandu();
  const [report, setReport] = useState<StrataReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!unit || !reg) return;
    let live = true;
    strataReport(getDb(), unit, reg, localToday())
      .then((r) => { if (live) setReport(r); })
      .catch((e) => { if (live) setError(describeSaveError(e).message); });
    return () => { live = false; };
  }, [unit, reg]);
  if (error) return <p className="pd-error">{error}</p>;
  if (!report || !unit) return null;
  return (
    <>
      <p className="pd-muted">
        {t('posyandu.strata.profile', {
          profile: t(`posyandu.profile.${report.profile}` as MessageKey),
          source: t(`posyandu.strata.source.${report.profileSource}` as MessageKey),
        })}
      </p>
      <StrataPanel title={t('posyandu.strata.year', { year: report.year.period.from.slice(0, 4) })} view={report.year} />
      <StrataPanel title={t('posyandu.strata.rolling', { from: formatMonth(report.rolling.period.from), to: formatMonth(report.rolling.period.to) })} view={report.rolling} />
      <IntegratedChecklist eligibility={report.integrated} docs={unit.data.docs ?? {}} />
      <ExportButtons filename={`strata-${unit.data.name}-${report.year.period.from.slice(0, 4)}.csv`} csv={() => strataCsv(t, unit, report)} />
      <StrataSheet unit={unit} report={report} />
    </>
  );
}
