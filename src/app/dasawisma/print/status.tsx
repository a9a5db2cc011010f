import type { GroupStatus } from '../../../data/dasawisma';
import type { CsvSection } from '../../../domain/csv';
import { formatDate, formatDateTime, useT, type MessageKey, type Params } from '../../i18n';
import { columnsCsv, type Column } from '../../print/columns';
import { PrintSheet } from '../../print/PrintSheet';
import { SheetTable } from '../../print/SheetTable';
import '../print.css';

// Group status for PKK coordinators (SPEC §5) on paper and as CSV: every group of the area, reported
// this month or not and when, houses (flagged far from 10), coordinator, changes since the last
// recap, last sync.

type T = (key: MessageKey, params?: Params) => string;

export function statusColumns(t: T): Column<GroupStatus>[] {
  return [
    { head: 'No', value: (_s, i) => i + 1 },
    { head: t('dasawisma.sheet.statusGroup'), value: (s) => s.group.data.name, className: 'kd-wide' },
    { head: 'RT', value: (s) => s.group.rtNo },
    { head: t('dasawisma.sheet.statusHouses'), value: (s) => s.houses },
    { head: t('dasawisma.sheet.notes'), value: (s) => (s.housesFlag ? t(s.housesFlag === 'few' ? 'dasawisma.sheet.flagFew' : 'dasawisma.sheet.flagMany') : '') },
    { head: t('dasawisma.sheet.statusCoordinator'), value: (s) => s.group.data.coordinatorName ?? t('dasawisma.noCoordinator'), className: 'kd-wide' },
    { head: t('dasawisma.sheet.statusReported'), value: (s) => (s.submitted ? formatDate(s.submitted.data.submittedOn) : t('dasawisma.notSubmitted')), className: 'kd-date' },
    { head: t('dasawisma.sheet.statusChanged'), value: (s) => s.changedSinceRecap },
    { head: t('dasawisma.sheet.statusSync'), value: (s) => (s.lastSync ? formatDateTime(s.lastSync) : t('dasawisma.unknown')) },
  ];
}

export function statusCsv(t: T, rows: GroupStatus[], lines: string[]): CsvSection {
  return columnsCsv(statusColumns(t), rows, { title: t('dasawisma.sheet.statusTitle'), lines });
}

export function StatusSheet({ rows, lines }: { rows: GroupStatus[]; lines: string[] }) {
  const t = useT();
  return (
    <PrintSheet name="status" title={t('dasawisma.sheet.statusTitle')} lines={lines} className="dw-sheet-status">
      <SheetTable label="status" columns={statusColumns(t)} rows={rows} rowKey={(s) => s.group.id} empty={t('common.none')} />
    </PrintSheet>
  );
}
