import type { SyncRecord } from '../../../domain';
import type { Unit } from '../../../data/posyandu';
import { useT } from '../../i18n';
import { PrintSheet } from '../../print/PrintSheet';
import { SheetTable } from '../../print/SheetTable';
import type { RegisterKind } from './fields';
import { registerColumns } from './registerColumns';
import '../print.css';

/** A Posyandu register on paper: every field a column, landscape, oldest entry first. */
export function RegisterSheet({ unit, kind, title, rows }: { unit: Unit; kind: RegisterKind; title: string; rows: readonly SyncRecord[] }) {
  const t = useT();
  const ketua = unit.data.kaders?.find((k) => k.role === 'ketua' && k.active)?.name;
  return (
    <PrintSheet name={`register-${kind}`} form={t('posyandu.regSheet.form')} title={title} landscape className="pd-sheet-register"
      lines={[t('posyandu.f1.unit', { name: unit.data.name, desa: unit.data.desaName ?? unit.data.desaCode ?? '' })]}
      place={unit.data.desaName} signatures={[{ role: t('posyandu.f1.signKetua'), name: ketua }]}>
      <SheetTable label={`register-${kind}`} columns={registerColumns(t, kind)} rows={rows} rowKey={(r) => r.id} empty={t('common.none')} />
    </PrintSheet>
  );
}
