import { useEffect, useState } from 'react';
import { getDb } from '../../../data';
import { childHistory, type ChangeRow, type Child, type Visit } from '../../../data/posyandu';
import { useT, formatDate, formatDateTime, formatMeasure, useLang, type MessageKey } from '../../i18n';

// A changed field by its label on the form, never its schema key.
const FIELD_LABEL: Record<string, string> = {
  name: 'name', sex: 'sex', birthDate: 'birthDate', nik: 'nik', hasKms: 'hasKms', motherName: 'motherName', fatherName: 'fatherName',
  address: 'address', area: 'area', personId: 'personId', birthWeightKg: 'birthWeight', leftDate: 'left', leftReason: 'leftReason',
  immunisationComplete: 'immComplete',
};

/**
 * Edits keep who changed what and when, from the history table. History rows are this phone's own
 * edits: they name the person recording (whoIsRecording) when known, else "this phone", never a
 * device id.
 */
export function HistoryList({ child, visits }: { child: Child; visits: readonly Visit[] }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [rows, setRows] = useState<ChangeRow[]>([]);
  useEffect(() => {
    let live = true;
    void childHistory(getDb(), child, visits).then((r) => { if (live) setRows(r); });
    return () => { live = false; };
  }, [child, visits]);
  if (rows.length === 0) return null;
  const label = (f: string) => (FIELD_LABEL[f] ? t(`posyandu.child.${FIELD_LABEL[f]}` as MessageKey) : null);
  const deleted = (before: unknown) => {
    const b = (before ?? {}) as { date?: string; weightKg?: number };
    const parts = [b.date ? formatDate(b.date, lang) : null, b.weightKg !== undefined ? formatMeasure(b.weightKg, 'kg', lang) : null].filter(Boolean);
    return `${t('posyandu.child.historyDeleted')}${parts.length ? ` (${parts.join(' ')})` : ''}`;
  };
  return (
    <section className="pd-card">
      <h3>{t('posyandu.child.history')}</h3>
      <ul className="pd-list">
        {rows.map((r, i) => (
          <li key={i} className="pd-muted" style={{ padding: '4px 0' }}>
            {t('posyandu.child.historyRow', {
              at: formatDateTime(r.at, lang),
              by: r.byName ?? t('posyandu.child.historyThisPhone'),
              what: r.action === 'deleted'
                ? deleted(r.before)
                : t('posyandu.child.historyChanged', { fields: r.fields.map(label).filter(Boolean).join(', ') }),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
