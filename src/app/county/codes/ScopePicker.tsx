import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import type { CountyPlaces } from '../../../server/admin/places';
import { desaOf, NEW, type CodeRole, type PickState } from './scope';

function Select({ label, value, onChange, testId, children }: { label: string; value: string; onChange(v: string): void; testId: string; children: ReactNode }) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {children}
      </select>
    </label>
  );
}

function Input({ label, value, onChange, testId, placeholder, inputMode }: { label: string; value: string; onChange(v: string): void; testId: string; placeholder?: string; inputMode?: 'numeric' | 'decimal' }) {
  return (
    <label>
      {label} <input value={value} placeholder={placeholder} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
    </label>
  );
}

/**
 * Kecamatan → desa → the unit the role works in (Posyandu, RT, dasawisma group), from the places
 * the server knows; each level also offers a new one, named the way the officer knows it.
 */
export function ScopePicker({ role, places, value, onChange }: { role: CodeRole; places: CountyPlaces | null; value: PickState; onChange(s: PickState): void }) {
  const t = useT();
  if (role === 'county') return <p>{t('county.code.wholeKab', { kab: places?.kabupaten ?? '' })}</p>;
  const set = (patch: Partial<PickState>) => onChange({ ...value, ...patch });
  const kecs = places?.kecamatan ?? [];
  const kec = kecs.find((k) => k.code === value.kecamatan);
  const desa = value.desa === NEW ? undefined : desaOf(places, value.desa);
  const rts = desa?.rts ?? [];
  const rt = rts.find((r) => r.rt === value.rt);
  const pick = <option value="">{t('county.code.pick')}</option>;
  const newOpt = (key: 'county.code.newDesa' | 'county.code.newPosyandu' | 'county.code.newRt' | 'county.code.newGroup') => <option value={NEW}>{t(key)}</option>;
  return (
    <>
      <Select label={t('county.kecamatan')} value={value.kecamatan} testId="code-kecamatan" onChange={(v) => set({ kecamatan: v, desa: v ? value.desa : '', posyandu: '', rt: '', group: '' })}>
        <option value="">{t('county.code.allKecamatan')}</option>
        {kecs.map((k) => (
          <option key={k.code} value={k.code}>{t('county.pkk.kecamatanOf', { code: k.code })}</option>
        ))}
      </Select>
      <Select label={t('county.desa')} value={value.desa} testId="code-desa" onChange={(v) => set({ desa: v, posyandu: '', rt: '', group: '' })}>
        {pick}
        {(kec ? [kec] : kecs).flatMap((k) => k.desa).map((d) => (
          <option key={d.code} value={d.code}>{d.name ?? t('county.code.desaUnnamed', { code: d.code })}</option>
        ))}
        {newOpt('county.code.newDesa')}
      </Select>
      {value.desa === NEW && (
        <>
          <Input label={t('county.code.desaCode')} value={value.newDesaCode} onChange={(v) => set({ newDesaCode: v })} testId="code-new-desa-code" placeholder={`${places?.kabupaten ?? ''}.05.2003`} inputMode="decimal" />
          <Input label={t('county.code.desaName')} value={value.newDesaName} onChange={(v) => set({ newDesaName: v })} testId="code-new-desa-name" />
        </>
      )}
      {role === 'kader' && value.desa && (
        <>
          <Select label={t('county.posyandu')} value={value.posyandu} testId="code-posyandu" onChange={(v) => set({ posyandu: v })}>
            {pick}
            {(desa?.posyandu ?? []).map((p) => (
              <option key={p.id} value={p.id}>{p.name ?? p.id}</option>
            ))}
            {newOpt('county.code.newPosyandu')}
          </Select>
          {value.posyandu === NEW && <Input label={t('county.code.posyanduName')} value={value.newPosyandu} onChange={(v) => set({ newPosyandu: v })} testId="code-new-posyandu" />}
        </>
      )}
      {role !== 'kader' && role !== 'desa' && value.desa && (
        <>
          <Select label={t('county.code.rtField')} value={value.rt} testId="code-rt" onChange={(v) => set({ rt: v, group: '' })}>
            {role === 'pkk' ? <option value="">{t('county.code.wholeDesa')}</option> : pick}
            {rts.map((r) => (
              <option key={r.rt} value={r.rt}>{r.rw ? t('county.code.rtRw', { rt: r.rt, rw: r.rw }) : t('county.code.rt', { rt: r.rt })}</option>
            ))}
            {newOpt('county.code.newRt')}
          </Select>
          {value.rt === NEW && <Input label={t('county.code.rtNo')} value={value.newRt} onChange={(v) => set({ newRt: v })} testId="code-new-rt" placeholder="001" inputMode="numeric" />}
        </>
      )}
      {role === 'dasawisma' && value.desa && value.rt && (
        <>
          <Select label={t('county.code.group')} value={value.group} testId="code-group" onChange={(v) => set({ group: v })}>
            {pick}
            {(rt?.groups ?? []).map((g) => (
              <option key={g.id} value={g.id}>{g.name ?? g.id}</option>
            ))}
            {newOpt('county.code.newGroup')}
          </Select>
          {value.group === NEW && <Input label={t('county.code.groupName')} value={value.newGroup} onChange={(v) => set({ newGroup: v })} testId="code-new-group" />}
        </>
      )}
    </>
  );
}
