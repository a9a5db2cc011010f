import { useEffect, useState } from 'react';
import { getDb } from '../../../data';
import { childHistory, type ChangeRow, type Child, type Visit } from '../../../data/posyandu';
import { useT, formatDateTime } from '../../i18n';

/** Edits keep who changed what and when: shown from the history table. */
export function HistoryList({ child, visits }: { child: Child; visits: readonly Visit[] }) {
  const t = useT();
  const [rows, setRows] = useState<ChangeRow[]>([]);
  useEffect(() => {
    let live = true;
    void childHistory(getDb(), child, visits).then((r) => { if (live) setRows(r); });
    return () => { live = false; };
  }, [child, visits]);
  if (rows.length === 0) return null;
  return (
    <section className="pd-card">
      <h3>{t('posyandu.child.history')}</h3>
      <ul className="pd-list">
        {rows.map((r, i) => (
          <li key={i} className="pd-muted" style={{ padding: '4px 0' }}>
            {t('posyandu.child.historyRow', {
              at: formatDateTime(r.at),
              by: r.by,
              what: r.action === 'deleted'
                ? `${t('posyandu.child.historyDeleted')} (${(r.before as { date?: string; weightKg?: number })?.date ?? ''} ${(r.before as { weightKg?: number })?.weightKg ?? ''} kg)`
                : t('posyandu.child.historyChanged', { fields: r.fields.join(', ') }),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
