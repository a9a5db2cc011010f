import { ANTIGENS } from '../../../domain/records/posyandu';
import { asksExclusiveBf, vitaminAColour, type Services } from '../../../data/posyandu';
import { useT, type MessageKey } from '../../i18n';
import { CheckField, SelectField, TextField } from '../ui/Field';

/** Meja 4–5: counselling and health services given at this visit. */
export function ServicesForm({ value, onChange, ageMonths, referSuggested, due = [] }: { value: Services; onChange(s: Services): void; ageMonths: number; referSuggested: boolean; due?: string[] }) {
  const t = useT();
  const set = (patch: Partial<Services>) => onChange({ ...value, ...patch });
  const colour = vitaminAColour(ageMonths);
  const imms = value.immunisations ?? [];
  const flag = (k: 'iron' | 'ors' | 'zinc' | 'counselling' | 'kb' | 'pmt', key: MessageKey) => (
    <CheckField name={`svc-${k}`} label={t(key)} checked={!!value[k]} onChange={(on) => set({ [k]: on })} />
  );
  return (
    <section className="pd-card" aria-label={t('posyandu.svc.title')}>
      <h3>{t('posyandu.day.meja45')}</h3>
      {/* Open when the schedule says a dose is due: the kader ticks what the health worker gave. */}
      <details open={due.length > 0}>
        <summary>{t('posyandu.svc.immunisations')} {imms.length > 0 && `(${imms.join(', ')})`}</summary>
        {due.length > 0 && <p className="pd-muted" data-due={due.join(',')}>{t('posyandu.svc.due', { list: due.join(', ') })}</p>}
        <div className="pd-services">
          {ANTIGENS.map((a) => (
            <CheckField key={a} name={`imm-${a}`} label={a} checked={imms.includes(a)}
              onChange={(on) => set({ immunisations: on ? [...imms, a] : imms.filter((x) => x !== a) })} />
          ))}
        </div>
      </details>
      {colour && (
        <SelectField label={t('posyandu.svc.vitaminA')} name="vitaminA" value={value.vitaminA ?? ''}
          onChange={(v) => set({ vitaminA: v ? (v as Services['vitaminA']) : undefined })}
          options={[{ value: '', label: t('posyandu.svc.vitA.none') }, { value: colour, label: t(`posyandu.svc.vitA.${colour}` as MessageKey) }]} />
      )}
      <div className="pd-services">
        {flag('iron', 'posyandu.svc.iron')}
        {flag('ors', 'posyandu.svc.ors')}
        {flag('zinc', 'posyandu.svc.zinc')}
        {flag('counselling', 'posyandu.svc.counselling')}
        {flag('pmt', 'posyandu.svc.pmt')}
        {flag('kb', 'posyandu.svc.kb')}
      </div>
      {asksExclusiveBf(ageMonths) && (
        <CheckField name="svc-exclusiveBf" label={t('posyandu.svc.exclusiveBf')} checked={!!value.exclusiveBf} onChange={(on) => set({ exclusiveBf: on })} />
      )}
      <div className={referSuggested ? 'pd-alert bad' : undefined}>
        <CheckField name="svc-referral" label={t('posyandu.svc.referral')} checked={!!value.referral} onChange={(on) => set({ referral: on })} />
        {value.referral && (
          <TextField label={t('posyandu.svc.referralReason')} name="referralReason" value={value.referralReason ?? ''} onChange={(v) => set({ referralReason: v || undefined })} />
        )}
      </div>
    </section>
  );
}
