import { IonButton } from '@ionic/react';
import { KADER_ROLES } from '../../../domain/records/posyandu';
import { newId } from '../../../data';
import type { Kader } from '../../../data/posyandu';
import { useT, type MessageKey } from '../../i18n';

/** The Posyandu's kaders: name, role, active. Ids stay stable so hari-buka attendance keeps pointing at them. */
export function KaderEditor({ kaders, onChange }: { kaders: Kader[]; onChange(k: Kader[]): void }) {
  const t = useT();
  const set = (i: number, patch: Partial<Kader>) => onChange(kaders.map((k, j) => (j === i ? { ...k, ...patch } : k)));
  return (
    <fieldset className="pd-card">
      <legend>{t('posyandu.setup.kaders')}</legend>
      {kaders.map((k, i) => (
        <div key={k.id} className="pd-row" style={{ alignItems: 'center' }}>
          <input aria-label={t('posyandu.setup.kaderName')} name={`kader-${i}`} value={k.name} onChange={(e) => set(i, { name: e.target.value })} />
          <select aria-label={t('posyandu.setup.kaderRole')} value={k.role} onChange={(e) => set(i, { role: e.target.value as Kader['role'] })}>
            {KADER_ROLES.map((r) => (
              <option key={r} value={r}>{t(`posyandu.role.${r}` as MessageKey)}</option>
            ))}
          </select>
          <label className="pd-check" style={{ flex: 0 }}>
            <input type="checkbox" checked={k.active} onChange={(e) => set(i, { active: e.target.checked })} />
            <span>{t('posyandu.setup.kaderActive')}</span>
          </label>
        </div>
      ))}
      <IonButton size="small" fill="outline" onClick={() => onChange([...kaders, { id: newId(), name: '', role: 'anggota', active: true }])}>
        {t('posyandu.setup.addKader')}
      </IonButton>
    </fieldset>
  );
}
