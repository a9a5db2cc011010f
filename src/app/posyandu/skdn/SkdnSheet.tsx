import type { Unit } from '../../../data/posyandu';
import type { SkdnReport } from '../../../data/posyandu';
import { formatMonth, useT } from '../../i18n';
import { PrintSheet } from '../../print/PrintSheet';
import { SheetTable } from '../../print/SheetTable';
import { F1_CODES, f1Columns, noKmsNote, ratioColumns, ratioRows } from './f1';
import '../print.css';

/** The sheet lines under an F1 title: Posyandu and desa, month. */
export function f1Lines(t: ReturnType<typeof useT>, unit: Unit, month: string): string[] {
  return [
    t('posyandu.f1.unit', { name: unit.data.name, desa: unit.data.desaName ?? unit.data.desaCode ?? '' }),
    t('posyandu.f1.month', { month: formatMonth(month) }),
  ];
}

/** Form F1 gizi on paper: landscape, items by age band and sex, ratios, signatures. */
export function SkdnSheet({ unit, report }: { unit: Unit; report: SkdnReport }) {
  const t = useT();
  const note = noKmsNote(t, report);
  const ketua = unit.data.kaders?.find((k) => k.role === 'ketua' && k.active)?.name;
  return (
    <PrintSheet
      name="skdn"
      form={t('posyandu.f1.form')}
      title={t('posyandu.f1.title')}
      lines={f1Lines(t, unit, report.month)}
      landscape
      className="pd-sheet-f1"
      place={unit.data.desaName}
      signatures={[
        { role: t('posyandu.f1.signKades', { desa: unit.data.desaName ?? '' }) },
        { role: t('posyandu.f1.signKetua'), name: ketua },
      ]}
    >
      <SheetTable label="f1" columns={f1Columns(t, report)} rows={F1_CODES} rowKey={(c) => c} />
      {note && <p className="kd-note" data-note="noKms">{note}</p>}
      <SheetTable label="ratios" columns={ratioColumns(t, report)} rows={ratioRows(t)} rowKey={(r) => r.key} />
    </PrintSheet>
  );
}
