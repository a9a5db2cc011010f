import { useState } from 'react';
import { IonButton } from '@ionic/react';
import type { EffectiveEntry } from '../../../data/rt';
import { formatDate, useT, type MessageKey } from '../../i18n';
import { ExportButtons } from '../../print/ExportButtons';
import { B2Sheet } from '../print/RtSheets';
import { b2Csv } from '../print/csv';
import { PageShell } from '../ui/PageShell';
import { useRt } from '../store';
import { CorrectionForm } from './CorrectionForm';

/** B2 buku mutasi: every entry in force, newest first, with its corrections; cancelled ones below. */
export default function MutationBookPage() {
  const t = useT();
  const reg = useRt((s) => s.reg);
  const unit = useRt((s) => s.unit);
  const [open, setOpen] = useState<string | null>(null);
  const list = reg ? [...reg.effective].reverse() : [];
  return (
    <PageShell title={t('rt.m.book')}>
      <div className="rt-nav">
        {(['lahir', 'mati', 'datang', 'pindah'] as const).map((k) => (
          <IonButton key={k} size="small" fill="outline" routerLink={`/warga/mutasi/baru/${k}`}>{t(`rt.nav.${k}`)}</IonButton>
        ))}
      </div>
      {!list.length && <p>{t('rt.m.empty')}</p>}
      <ul className="rt-list" data-testid="rt-mutations">
        {list.map((e) => (
          <li key={e.rootId}>
            <EntryLine e={e} />
            {open === e.rootId
              ? <CorrectionForm entry={e} onDone={() => setOpen(null)} />
              : <IonButton size="small" fill="clear" onClick={() => setOpen(e.rootId)}>{t('rt.m.correct')}</IonButton>}
          </li>
        ))}
      </ul>
      {unit && reg && (
        <>
          <ExportButtons filename={`B2-buku-mutasi-RT${unit.data.rtNo}.csv`} csv={() => b2Csv(t, unit, reg)} />
          <B2Sheet unit={unit} reg={reg} />
        </>
      )}
      {reg && reg.cancelled.length > 0 && (
        <details className="rt-card">
          <summary>{t('rt.m.showCancelled')} ({reg.cancelled.length})</summary>
          <ul className="rt-list">{reg.cancelled.map((e) => <li key={e.rootId}><EntryLine e={e} /></li>)}</ul>
        </details>
      )}
    </PageShell>
  );
}

function EntryLine({ e }: { e: EffectiveEntry }) {
  const t = useT();
  const d = e.data;
  return (
    <div style={{ padding: '8px 4px' }}>
      <strong>{formatDate(d.date)}</strong> · {t(`rt.m.type.${d.type}` as MessageKey)} · {d.name} ({d.sex}, {d.citizenship})
      {d.place && <> · {d.place}</>}
      {e.chain.length > 1 && !d.cancel && <span className="rt-badge warn">{t('rt.m.corrected')}</span>}
      {d.cancel && <span className="rt-badge bad">{t('rt.m.cancelled')}</span>}
      {d.reason && <div className="rt-muted">{t('rt.m.correction.reason')}: {d.reason}</div>}
    </div>
  );
}
