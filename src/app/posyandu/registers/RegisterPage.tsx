import { useEffect, useMemo, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useParams } from 'react-router-dom';
import { getDb, listRecords } from '../../../data';
import type { SyncRecord } from '../../../domain';
import { normalizeName } from '../../../data/posyandu';
import { useT, type MessageKey } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { usePosyandu } from '../store';
import { REGISTER_KINDS, type RegisterKind } from './fields';
import { RegisterForm } from './RegisterForm';
import { balanceRp, sortKey, summarize } from './summary';
import { RegisterSheet } from './RegisterSheet';
import { registerCsv } from './registerColumns';
import { ExportButtons } from '../../print/ExportButtons';
import { formatNumber } from '../../i18n';

export default function RegisterPage() {
  const t = useT();
  const { kind = '' } = useParams();
  const ok = (REGISTER_KINDS as string[]).includes(kind);
  return (
    <PageShell title={ok ? t(`posyandu.reg.${kind}` as MessageKey) : kind} back="/posyandu/register">
      {ok && <Body kind={kind as RegisterKind} />}
    </PageShell>
  );
}

function Body({ kind }: { kind: RegisterKind }) {
  const t = useT();
  const { unit } = usePosyandu();
  const [rows, setRows] = useState<SyncRecord[] | null>(null);
  const [editing, setEditing] = useState<SyncRecord | 'new' | null>(null);
  const [q, setQ] = useState('');
  useEffect(() => {
    if (!unit) return;
    let live = true;
    void listRecords(getDb(), `posyandu.${kind}`, unit.addr).then((r) => { if (live) setRows(r); });
    return () => { live = false; };
  }, [unit, kind]);
  const shown = useMemo(() => {
    const n = normalizeName(q);
    return [...(rows ?? [])]
      .filter((r) => !n || normalizeName(summarize(kind, r).title ?? '').includes(n))
      .sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : -1));
  }, [rows, q, kind]);
  if (!unit || !rows) return null;
  const appendOnly = kind === 'finance';
  const title = t('posyandu.regSheet.title', { name: t(`posyandu.reg.${kind}` as MessageKey) });
  // The paper book runs oldest first.
  const book = [...rows].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
  const saved = (r: SyncRecord) => {
    setRows([...rows.filter((x) => x.id !== r.id), r]);
    setEditing(null);
  };
  return (
    <>
      {kind === 'finance' && <p><strong>{t('posyandu.reg.balance', { amount: formatNumber(balanceRp(rows), { grouping: 'always', maxDigits: 0 }) })}</strong></p>}
      <IonButton expand="block" onClick={() => setEditing(editing === 'new' ? null : 'new')}>{t('posyandu.reg.new')}</IonButton>
      {editing && <RegisterForm key={editing === 'new' ? 'new' : editing.id} kind={kind} addr={unit.addr} record={editing === 'new' ? undefined : editing} onSaved={saved} />}
      <input type="search" aria-label={t('common.search')} placeholder={t('common.search')} value={q} onChange={(e) => setQ(e.target.value)}
        style={{ width: '100%', fontSize: '1rem', padding: 8, boxSizing: 'border-box', marginTop: 8 }} />
      <ul className="pd-list">
        {shown.map((r) => {
          const s = summarize(kind, r);
          return (
            <li key={r.id}>
              <button type="button" disabled={appendOnly} onClick={() => setEditing(r)}>
                <span>{s.title} <span className="pd-muted">· {s.sub}</span></span>
                <span>{s.badges.map((b) => <span key={b} className="pd-badge bad">{b}</span>)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && <p className="pd-muted">{t('common.none')}</p>}
      <ExportButtons filename={`register-${kind}-${unit.data.name}.csv`} csv={() => registerCsv(t, kind, book, title, [t('posyandu.f1.unit', { name: unit.data.name, desa: unit.data.desaName ?? '' })])} />
      <RegisterSheet unit={unit} kind={kind} title={title} rows={book} />
    </>
  );
}
