import { useMemo, useState } from 'react';
import type { Child, Visit } from '../../../data/posyandu';
import { useT, type MessageKey } from '../../i18n';
import { ExportButtons } from '../../print/ExportButtons';
import { KmsSheet } from '../child/KmsSheet';
import { kmsCsv } from '../child/kms';
import { usePosyandu } from '../store';
import { GrowthChart } from './GrowthChart';
import { chartSeries, type ChartKind } from './series';

const KINDS: ChartKind[] = ['wfa', 'lhfa', 'wfl', 'hcfa', 'acfa'];

/** Growth charts of one child, switchable; "Cetak" prints the child's KMS (KmsSheet), CSV shares its weighings. */
export function ChartSection({ child, visits }: { child: Child; visits: readonly Visit[] }) {
  const t = useT();
  const unitName = usePosyandu((s) => s.unit?.data.name) ?? '';
  const [kind, setKind] = useState<ChartKind>('wfa');
  const series = useMemo(() => chartSeries(kind, child, visits), [kind, child, visits]);
  const label = t(`posyandu.chart.${kind}` as MessageKey);
  return (
    <section className="pd-card">
      <h3>{t('posyandu.child.chart')}</h3>
      <div className="pd-tabs pd-noprint" role="group">
        {KINDS.map((k) => (
          <button key={k} type="button" aria-pressed={k === kind} onClick={() => setKind(k)}>{t(`posyandu.chart.${k}` as MessageKey)}</button>
        ))}
      </div>
      <GrowthChart s={series} title={t('posyandu.chart.title', { indicator: label, name: child.data.name })}
        xLabel={t(series.xUnit === 'cm' ? 'posyandu.chart.cmAxis' : 'posyandu.chart.ageAxis')}
        yLabel={t(kind === 'lhfa' ? 'posyandu.chart.cmAxis' : kind === 'hcfa' || kind === 'acfa' ? 'posyandu.chart.circAxis' : 'posyandu.chart.kgAxis')} />
      {series.points.length === 0 && <p className="pd-muted">{t('posyandu.chart.none')}</p>}
      <ExportButtons filename={`KMS-${child.data.name}.csv`} csv={() => kmsCsv(t, child, visits, unitName)} />
      <KmsSheet child={child} visits={visits} unitName={unitName} />
    </section>
  );
}
