import type { RecapTable } from '../../../domain';
import { useT } from '../../i18n';
import { PrintSheet, type Signature } from '../../print/PrintSheet';
import { SheetTable } from '../../print/SheetTable';
import { recapColumns, totalRow, type RecapLevel } from './recapColumns';
import '../print.css';

export interface RecapPart { key: string; title?: string; firstHeader: string; table: RecapTable }

/** 4.16a–d on paper: landscape, the form's column groups, totals at the bottom, the signatures. */
export function RecapSheet({ name, form, title, lines, level, parts, place, signatures }: {
  name: string; form: string; title: string; lines: string[]; level: RecapLevel; parts: RecapPart[]; place?: string; signatures: Signature[];
}) {
  const t = useT();
  return (
    <PrintSheet name={name} form={form} title={title} lines={lines} landscape className="dw-sheet-recap" place={place} signatures={signatures}>
      {parts.map((p) => (
        <section key={p.key}>
          {p.title && <h2>{p.title}</h2>}
          <SheetTable label={`recap-${p.key}`} columns={recapColumns(t, level, p.firstHeader)} rows={p.table.rows} foot={[totalRow(t, p.table)]}
            rowKey={(r, i) => `${r.id}-${i}`} empty={t('common.none')} />
        </section>
      ))}
    </PrintSheet>
  );
}
