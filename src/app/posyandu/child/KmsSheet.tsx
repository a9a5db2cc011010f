import { useMemo } from 'react';
import type { Child, Visit } from '../../../data/posyandu';
import { useT } from '../../i18n';
import { PrintSheet } from '../../print/PrintSheet';
import { SheetTable } from '../../print/SheetTable';
import { GrowthChart } from '../chart/GrowthChart';
import { chartSeries, type ChartSeries } from '../chart/series';
import { kmsColumns, kmsLines, kmsRows } from './kms';
import '../print.css';

/**
 * The paper KMS has a 0–24 month side and a 24–60 month side: a child under two is drawn on the
 * first, so her points are not squeezed into the left third of a five-year chart.
 */
function kmsWindow(s: ChartSeries): ChartSeries {
  const last = s.points.length ? s.points[s.points.length - 1].x : 0;
  if (last >= 24) return s;
  const lines = s.lines.map((l) => ({ ...l, pts: l.pts.filter((p) => p.x <= 24.5) }));
  const ys = [...lines.flatMap((l) => l.pts.map((p) => p.y)), ...s.points.map((p) => p.y)];
  return { ...s, lines, xMin: 0, xMax: 24, yMin: Math.floor(Math.min(...ys)), yMax: Math.ceil(Math.max(...ys)) };
}

/** A child's KMS on paper: the weight-for-age chart with the WHO lines, length-for-age when measured, the weighings. */
export function KmsSheet({ child, visits, unitName }: { child: Child; visits: readonly Visit[]; unitName: string }) {
  const t = useT();
  const wfa = useMemo(() => kmsWindow(chartSeries('wfa', child, visits)), [child, visits]);
  const lhfa = useMemo(() => kmsWindow(chartSeries('lhfa', child, visits)), [child, visits]);
  const rows = kmsRows(t, child, visits);
  return (
    <PrintSheet name="kms" form="KMS" title={t('posyandu.kms.title')} lines={kmsLines(t, child, unitName)} className="pd-sheet-kms">
      <div className="pd-kms-charts">
        <GrowthChart s={wfa} title={t('posyandu.chart.title', { indicator: t('posyandu.chart.wfa'), name: child.data.name })}
          xLabel={t('posyandu.chart.ageAxis')} yLabel={t('posyandu.chart.kgAxis')} />
        {lhfa.points.length > 0 && (
          <GrowthChart s={lhfa} title={t('posyandu.chart.title', { indicator: t('posyandu.chart.lhfa'), name: child.data.name })}
            xLabel={t('posyandu.chart.ageAxis')} yLabel={t('posyandu.chart.cmAxis')} />
        )}
      </div>
      <p className="kd-note">{t('posyandu.kms.legend')}</p>
      <SheetTable label="kms" columns={kmsColumns(t)} rows={rows} rowKey={(r) => r.visit.id} empty={t('posyandu.chart.none')} />
    </PrintSheet>
  );
}
