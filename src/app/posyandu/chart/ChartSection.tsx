import { useMemo, useState } from 'react';
import { IonButton } from '@ionic/react';
import type { Child, Visit } from '../../../data/posyandu';
import { useT } from '../../i18n';
import { GrowthChart } from './GrowthChart';
import { chartSeries, type ChartKind } from './series';

const KINDS: ChartKind[] = ['wfa', 'lhfa', 'wfl'];

/** Growth charts of one child, switchable, printable with the browser's print (print CSS hides the rest). */
export function ChartSection({ child, visits }: { child: Child; visits: readonly Visit[] }) {
  const t = useT();
  const [kind, setKind] = useState<ChartKind>('wfa');
  const series = useMemo(() => chartSeries(kind, child, visits), [kind, child, visits]);
  const label = t(`posyandu.chart.${kind}`);
  return (
    <section className="pd-card">
      <h3>{t('posyandu.child.chart')}</h3>
      <div className="pd-tabs pd-noprint" role="group">
        {KINDS.map((k) => (
          <button key={k} type="button" aria-pressed={k === kind} onClick={() => setKind(k)}>{t(`posyandu.chart.${k}`)}</button>
        ))}
      </div>
      <GrowthChart s={series} title={t('posyandu.chart.title', { indicator: label, name: child.data.name })}
        xLabel={t(series.xUnit === 'cm' ? 'posyandu.chart.cmAxis' : 'posyandu.chart.ageAxis')}
        yLabel={t(kind === 'lhfa' ? 'posyandu.chart.cmAxis' : 'posyandu.chart.kgAxis')} />
      {series.points.length === 0 && <p className="pd-muted">{t('posyandu.chart.none')}</p>}
      <IonButton className="pd-noprint" size="small" fill="outline" onClick={() => window.print()}>{t('common.print')}</IonButton>
    </section>
  );
}
