import type { Unit } from '../../../data/posyandu';
import { formatMonth, useT } from '../../i18n';
import { PrintSheet } from '../../print/PrintSheet';
import { StageTables } from './RecapTables';
import type { AnyStageRecap } from './recap-columns';
import '../print.css';

/** The sheet lines under the recap's title: Posyandu and desa, month. */
export function recapLines(t: ReturnType<typeof useT>, unit: Unit, month: string): string[] {
  return [
    t('ilpRecap.unit', { name: unit.data.name, desa: unit.data.desaName ?? unit.data.desaCode ?? '' }),
    t('ilpRecap.month', { month: formatMonth(month) }),
  ];
}

/** The monthly ILP recap on paper: every stage's two tables, the counting rule, signatures. */
export function RecapSheet({ unit, month, stages }: { unit: Unit; month: string; stages: AnyStageRecap[] }) {
  const t = useT();
  const ketua = unit.data.kaders?.find((k) => k.role === 'ketua' && k.active)?.name;
  return (
    <PrintSheet
      name="ilp-recap"
      form={t('ilpRecap.form')}
      title={t('ilpRecap.sheetTitle')}
      lines={recapLines(t, unit, month)}
      place={unit.data.desaName}
      signatures={[{ role: t('ilpRecap.signBidan') }, { role: t('ilpRecap.signKetua'), name: ketua }]}
    >
      {stages.map((s) => <StageTables key={s.stage} s={s} heading="h2" />)}
      <p className="kd-note">{t('ilpRecap.note')}</p>
    </PrintSheet>
  );
}
