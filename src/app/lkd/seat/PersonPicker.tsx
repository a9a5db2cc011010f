import { useMemo, useState } from 'react';
import { ageYears, stayOn, type DesaPerson } from '../../../domain/lkd';
import type { SeatPersonData } from '../../../domain/records/lkd';
import { useT } from '../../i18n';
import { CheckField, DateField, SelectField, TextField } from '../../rt/ui/Field';

export interface PersonChoice {
  /** Linked to the RT books, or typed. */
  linked: DesaPerson | null;
  typed: { name: string; nik: string; sex: string; birthDate: string; address: string };
  manual: boolean;
}

export const emptyChoice = (): PersonChoice => ({ linked: null, typed: { name: '', nik: '', sex: '', birthDate: '', address: '' }, manual: false });

/** The seat's person as stored: the link and a copy of the name (so the board prints anywhere), or what was typed. */
export function personData(c: PersonChoice): SeatPersonData | null {
  if (!c.manual) {
    const p = c.linked;
    return p ? { personId: p.id, name: p.name, sex: p.sex, birthDate: p.birthDate, ...(p.nik ? { nik: p.nik } : {}) } : null;
  }
  const x = c.typed;
  if (!x.name.trim()) return null;
  return {
    name: x.name.trim(),
    ...(/^\d{16}$/.test(x.nik) ? { nik: x.nik } : {}),
    ...(x.sex === 'L' || x.sex === 'P' ? { sex: x.sex } : {}),
    ...(x.birthDate ? { birthDate: x.birthDate } : {}),
    ...(x.address.trim() ? { address: x.address.trim() } : {}),
  };
}

/**
 * Who takes the seat: found in the desa's RT books (age and residence then come from there and
 * stay current), or typed when the person is not in them.
 */
export function PersonPicker({ people, value, onChange, today, error }: { people: readonly DesaPerson[]; value: PersonChoice; onChange(c: PersonChoice): void; today: string; error?: string | null }) {
  const t = useT();
  const [q, setQ] = useState('');
  const living = useMemo(() => people.filter((p) => stayOn(p, today).state === 'aktif').sort((a, b) => a.name.localeCompare(b.name, 'id')), [people, today]);
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const hits = words.length ? living.filter((p) => words.every((w) => `${p.name} ${p.nik ?? ''}`.toLowerCase().includes(w))).slice(0, 30) : [];
  const typed = (k: keyof PersonChoice['typed']) => (v: string) => onChange({ ...value, typed: { ...value.typed, [k]: v } });
  return (
    <fieldset className="lkd-card" data-testid="person-picker">
      <legend>{t('lkd.seat.person')}</legend>
      {!value.manual && (
        <>
          <TextField label={t('lkd.seat.search')} name="personSearch" value={q} onChange={setQ} hint={living.length ? t('lkd.seat.searchHint', { n: living.length }) : t('lkd.seat.noBooks')} />
          {value.linked && (
            <p data-testid="person-chosen"><strong>{value.linked.name}</strong> · {t('lkd.rt', { rt: value.linked.rt })} · {t('lkd.seat.age', { age: ageYears(value.linked.birthDate, today) })}</p>
          )}
          {hits.length > 0 && (
            <div className="lkd-people" role="listbox">
              {hits.map((p) => (
                <button key={p.id} type="button" aria-pressed={value.linked?.id === p.id} onClick={() => { onChange({ ...value, linked: p }); setQ(''); }}>
                  {p.name} <span className="lkd-muted">· {t('lkd.rt', { rt: p.rt })} · {t('lkd.seat.age', { age: ageYears(p.birthDate, today) })}{p.nik ? ` · …${p.nik.slice(-4)}` : ''}</span>
                </button>
              ))}
            </div>
          )}
          {words.length > 0 && hits.length === 0 && <p className="lkd-muted">{t('lkd.seat.noHit')}</p>}
        </>
      )}
      <CheckField label={t('lkd.seat.manual')} name="manual" checked={value.manual} onChange={(m) => onChange({ ...value, manual: m })} />
      {value.manual && (
        <>
          <TextField label={t('lkd.seat.name')} name="personName" value={value.typed.name} onChange={typed('name')} />
          <TextField label={t('lkd.seat.nik')} name="personNik" value={value.typed.nik} onChange={(v) => typed('nik')(v.replace(/\D/g, '').slice(0, 16))} inputMode="numeric" maxLength={16}
            error={value.typed.nik && value.typed.nik.length !== 16 ? t('lkd.seat.nikBad', { n: value.typed.nik.length }) : null} />
          <div className="rt-row">
            <SelectField label={t('lkd.seat.sex')} name="personSex" value={value.typed.sex} onChange={typed('sex')} empty="—" options={[{ value: 'L', label: t('lkd.sexL') }, { value: 'P', label: t('lkd.sexP') }]} />
            <DateField label={t('lkd.seat.birthDate')} name="personBirthDate" value={value.typed.birthDate} onChange={typed('birthDate')} max={today} />
          </div>
          <TextField label={t('lkd.seat.address')} name="personAddress" value={value.typed.address} onChange={typed('address')} />
          <p className="lkd-muted">{t('lkd.seat.manualNote')}</p>
        </>
      )}
      {error && <span className="rt-error" role="alert">{error}</span>}
    </fieldset>
  );
}
