import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useT, type MessageKey } from '../../i18n';
import type { CountyPlaces } from '../../../server/admin/places';
import { CountyApiError, postJson } from '../api';
import { useCounty } from '../ui/useCounty';
import { ScopePicker } from './ScopePicker';
import { roleWords } from '../../sync/words';
import { emptyPick, pickedScope, type CodeRole, type Picked, type PickState } from './scope';

export const ROLES: readonly CodeRole[] = ['kader', 'ketua-rt', 'dasawisma', 'pkk', 'desa', 'county'];

/** The server's refusal codes (src/server/admin/roles.ts CODE_REFUSALS) in words; anything else in general terms. */
const REFUSALS = ['bad-role', 'bad-scope', 'scope-role-mismatch', 'bad-modules', 'scope-outside-kabupaten', 'bad-code', 'bad-uses', 'code-exists'];

export function useCodeError() {
  const t = useT();
  return (e: unknown) => {
    if (!(e instanceof CountyApiError)) return t('county.code.failed');
    if (e.info.kind === 'offline') return t('county.offline');
    if (e.info.kind === 'notCounty') return t('county.notCounty');
    return REFUSALS.includes(e.info.reason ?? '') ? t(`county.code.refused.${e.info.reason}` as MessageKey) : t('county.code.failed');
  };
}

/** The code's label, in the officer's language (also what the enrolled phone shows as its place). */
function labelOf(p: Extract<Picked, { ok: true }>['place'], role: CodeRole, kab: string, t: ReturnType<typeof useT>): string {
  if (p.kind === 'county') return t('county.code.label.county', { kab });
  if (p.kind === 'desa') return t(role === 'desa' ? 'county.code.label.desa' : 'county.code.label.pkkDesa', { desa: p.desa ?? '' });
  if (p.kind === 'rt') return t(role === 'pkk' ? 'county.code.label.pkkRt' : 'county.code.label.rt', { rt: p.rt ?? '', desa: p.desa ?? '' });
  if (p.kind === 'posyandu') return t('county.code.label.posyandu', { name: p.name ?? '', desa: p.desa ?? '' });
  return t('county.code.label.group', { name: p.name ?? '', rt: p.rt ?? '', desa: p.desa ?? '' });
}

/** New enrolment code: role, place (picked, never typed as an address), label, uses. */
export function NewCodeForm({ kab, onCreated, onMessage }: { kab: string; onCreated(): void; onMessage(m: string | null): void }) {
  const t = useT();
  const codeError = useCodeError();
  const places = useCounty<CountyPlaces>('places');
  const [role, setRole] = useState<CodeRole>('kader');
  const [pick, setPick] = useState<PickState>(emptyPick);
  const [label, setLabel] = useState('');
  const [uses, setUses] = useState(1);
  const [tried, setTried] = useState(false);
  const picked = pickedScope(role, pick, places.data, kab);
  const autoLabel = picked.ok ? labelOf(picked.place, role, kab, t) : '';

  const submit = async () => {
    setTried(true);
    onMessage(null);
    if (!picked.ok) return;
    try {
      const r = await postJson<{ code: string }>('codes', { role, prefix: picked.prefix, label: label.trim() || autoLabel, uses });
      onMessage(t('county.dev.created', { code: r.code }));
      setPick(emptyPick);
      setLabel('');
      setTried(false);
      places.reload();
    } catch (e) {
      onMessage(codeError(e));
    }
    onCreated();
  };

  return (
    <form
      className="kab-form kab-noprint"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        {t('county.dev.role')}{' '}
        <select value={role} onChange={(e) => setRole(e.target.value as CodeRole)} data-testid="code-role">
          {ROLES.map((r) => (
            <option key={r} value={r}>{roleWords(r)}</option>
          ))}
        </select>
      </label>
      <ScopePicker role={role} places={places.data} value={pick} onChange={setPick} />
      {picked.ok ? (
        <p data-testid="code-place">{t('county.code.place', { place: autoLabel })}</p>
      ) : (
        tried && <p className="kab-flag" role="alert" data-testid="code-missing">{t(`county.code.missing.${picked.missing}` as MessageKey)}</p>
      )}
      <label>{t('county.dev.label')} <input value={label} placeholder={autoLabel} onChange={(e) => setLabel(e.target.value)} data-testid="code-label" /></label>
      <label>{t('county.dev.uses')} <input type="number" min={1} value={uses} onChange={(e) => setUses(Math.max(1, +e.target.value || 1))} data-testid="code-uses" /></label>
      <IonButton type="submit" size="small" data-testid="code-submit">{t('county.dev.newCode')}</IonButton>
    </form>
  );
}
