import type { IlpAssessment } from '../../../domain/ilp/assess';
import { formatDate, formatNumber, useLang, useT, type MessageKey } from '../../i18n';

/** What the visit shows when saved: every class and the reasons to refer (domain/ilp/assess.ts). */
export function IlpResult({ a }: { a: IlpAssessment }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const cls = (c: string) => t(`ilp.cls.${c}` as MessageKey);
  const z = (x: number) => formatNumber(x, { digits: 2 }, lang);
  const lines: { key: string; text: string; bad?: boolean }[] = [];
  if (a.hpl) lines.push({ key: 'hpl', text: t('ilp.hpl', { date: formatDate(a.hpl, lang) }) });
  if (a.anc) {
    lines.push({ key: 'gestation', text: t('ilp.gestation', { weeks: a.anc.gestation.weeks, t: a.anc.gestation.trimester }) });
    lines.push({ key: 'anc', text: t('ilp.ancCount', { n: a.anc.count }) });
    if (a.anc.due) lines.push({ key: 'ancDue', text: t('ilp.ancDue'), bad: true });
  }
  if (a.kek) lines.push({ key: 'kek', text: t('ilp.kek'), bad: true });
  if (a.bmi !== undefined) lines.push({ key: 'bmi', text: t('ilp.bmi', { value: formatNumber(a.bmi, { digits: 1 }, lang) }) + (a.adultBmi ? ` · ${cls(a.adultBmi)}` : ''), bad: !!a.adultBmi && a.adultBmi !== 'normal' });
  if (a.bfa && a.bfaZ !== undefined) lines.push({ key: 'bfa', text: t('ilp.bfa', { cat: cls(a.bfa), z: z(a.bfaZ) }), bad: a.bfa !== 'normal' });
  if (a.hfa && a.hfaZ !== undefined) lines.push({ key: 'hfa', text: t('ilp.hfa', { cat: cls(a.hfa), z: z(a.hfaZ) }), bad: a.hfa === 'stunted' || a.hfa === 'severelyStunted' });
  if (a.bpMean) lines.push({ key: 'bp', text: t('ilp.bpMean', { s: a.bpMean.systolic, d: a.bpMean.diastolic, cls: a.bpClass ? cls(a.bpClass) : '–' }), bad: !!a.bpClass && !['normal', 'optimal'].includes(a.bpClass) });
  if (a.centralObesity) lines.push({ key: 'central', text: t('ilp.central'), bad: true });
  if (a.glucose) lines.push({ key: 'glucose', text: t('ilp.glucoseClass', { cls: cls(a.glucose) }), bad: a.glucose !== 'normal' });
  if (a.anaemia) lines.push({ key: 'anaemia', text: t('ilp.anaemia', { cls: cls(a.anaemia) }), bad: a.anaemia !== 'none' });
  if (a.adl) lines.push({ key: 'adl', text: t('ilp.adlClass', { total: a.adl.total, cls: cls(a.adl.class) }), bad: a.adl.class !== 'mandiri' });
  return (
    <section className="pd-card" aria-label={t('ilp.result')} data-ilp-result>
      {lines.map((l) => <div key={l.key} data-result={l.key} className={l.bad ? 'pd-alert bad' : undefined}>{l.text}</div>)}
      {a.referral.length > 0
        ? <div className="pd-alert bad" data-refer={a.referral.join(' ')}>{t('ilp.referSuggested', { reasons: a.referral.map((r) => t(`ilp.ref.${r}` as MessageKey)).join(', ') })}</div>
        : <div className="pd-muted" data-refer="">{t('ilp.noRefer')}</div>}
    </section>
  );
}
