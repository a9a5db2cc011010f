import { useCallback, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useParams, useSearchParams } from 'react-router-dom';
import { isValidIsoDate } from '../../../domain';
import type { Child, Session, WeighingResult } from '../../../data/posyandu';
import { useT, formatDate, type MessageKey } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { SelectField } from '../ui/Field';
import { childById, usePosyandu } from '../store';
import { ChildForm } from '../child/ChildForm';
import { ChildPicker } from './ChildPicker';
import { SessionCard } from './SessionCard';
import { WeighPanel } from './WeighPanel';

export default function DayPage() {
  const t = useT();
  const { date = '' } = useParams();
  return (
    <PageShell title={isValidIsoDate(date) ? t('posyandu.day.title', { date: formatDate(date) }) : date}>
      {isValidIsoDate(date) ? <DayBody date={date} /> : <p className="pd-error">{t('posyandu.date.future')}</p>}
    </PageShell>
  );
}

function DayBody({ date }: { date: string }) {
  const t = useT();
  const { unit, reg } = usePosyandu();
  const [params, setParams] = useSearchParams();
  const [session, setSession] = useState<Session | null>(null);
  const [adding, setAdding] = useState(false);
  const [recorder, setRecorder] = useState('');
  const [last, setLast] = useState<{ child: Child; result: WeighingResult | null } | null>(null);
  const onOpen = useCallback((s: Session | null) => setSession(s), []);
  if (!unit || !reg) return null;

  const picked = childById(reg, params.get('anak') ?? undefined);
  const replaces = params.get('koreksi') ?? undefined;
  const pick = (c: Child | null) => setParams(c ? { anak: c.id } : {}, { replace: true });
  const kaders = (unit.data.kaders ?? []).filter((k) => k.active);
  const kader = kaders.find((k) => k.id === recorder);

  return (
    <>
      <SessionCard unit={unit} date={date} onOpen={onOpen} />
      {kaders.length > 0 && (
        <SelectField label={t('posyandu.day.recorder')} name="recorder" value={recorder} onChange={setRecorder}
          options={[{ value: '', label: '—' }, ...kaders.map((k) => ({ value: k.id, label: k.name }))]} />
      )}
      {last && (
        <div className="pd-card" data-last={last.child.data.name}>
          <strong>{t('posyandu.weigh.saved', { name: last.child.data.name })}</strong>
          {last.result?.alerts.map((a) => (
            <div key={a} className="pd-alert bad" data-alert={a}>{t(`posyandu.alert.${a}` as MessageKey)}</div>
          ))}
        </div>
      )}
      {picked ? (
        <>
          <IonButton fill="clear" size="small" onClick={() => pick(null)}>{t('posyandu.day.change')}</IonButton>
          <WeighPanel key={picked.id + (replaces ?? '')} unitId={unit.id} child={picked} date={date} sessionId={session?.id}
            kaderId={kader?.id} kaderName={kader?.name} replaces={replaces}
            onSaved={(child, result) => { setLast({ child, result }); pick(null); }} />
        </>
      ) : (
        <>
          <h3>{t('posyandu.day.meja1')}</h3>
          <IonButton expand="block" fill="outline" onClick={() => setAdding(!adding)}>{t('posyandu.day.newChild')}</IonButton>
          {adding && <ChildForm onSaved={(c) => { setAdding(false); pick(c); }} />}
          <ChildPicker reg={reg} date={date} onPick={pick} />
        </>
      )}
    </>
  );
}
