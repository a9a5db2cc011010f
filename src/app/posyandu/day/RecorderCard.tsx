import { useState } from 'react';
import { IonButton } from '@ionic/react';
import type { Kader } from '../../../data/posyandu';
import { useT } from '../../i18n';
import { TextField } from '../ui/Field';
import type { RecorderState } from './useRecorder';

/**
 * "Who is recording?" asked once per day: one tap on a kader's name (the last one first), or a
 * typed name. Then a single line with a change button, out of the way of the weighing.
 */
export function RecorderCard({ kaders, state }: { kaders: Kader[]; state: RecorderState }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [other, setOther] = useState('');
  const { recorder, last, choose } = state;
  if (recorder === undefined) return null;
  if (recorder && !asking) {
    return (
      <p className="pd-recorder" data-recorder={recorder.name}>
        <span>{t('posyandu.recorder.current', { name: recorder.name })}</span>
        {state.source !== 'profile' && (
          <button type="button" className="pd-link" onClick={() => setAsking(true)}>{t('posyandu.recorder.change')}</button>
        )}
      </p>
    );
  }
  const pick = async (k: { kaderId?: string; name: string }) => {
    await choose(k);
    setAsking(false);
    setOther('');
  };
  // The last recorder first: on most days the same kader records.
  const ordered = [...kaders].sort((a, b) => (a.id === last?.kaderId ? -1 : b.id === last?.kaderId ? 1 : 0));
  return (
    <section className="pd-card" aria-label={t('posyandu.recorder.ask')}>
      <h3>{t('posyandu.recorder.ask')}</h3>
      <p className="pd-muted">{t('posyandu.recorder.hint')}</p>
      <div className="pd-chips">
        {ordered.map((k) => (
          <button key={k.id} type="button" className="pd-chip" data-kader={k.name} onClick={() => void pick({ kaderId: k.id, name: k.name })}>{k.name}</button>
        ))}
        {last && !last.kaderId && (
          <button type="button" className="pd-chip" data-kader={last.name} onClick={() => void pick(last)}>{last.name}</button>
        )}
      </div>
      <TextField label={t('posyandu.recorder.other')} name="recorderName" value={other} onChange={setOther} />
      <IonButton size="small" disabled={!other.trim()} onClick={() => void pick({ name: other })}>{t('posyandu.recorder.use')}</IonButton>
    </section>
  );
}
