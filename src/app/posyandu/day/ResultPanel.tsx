import type { WeighingResult } from '../../../data/posyandu';
import { weighingAlerts, type CircumferenceResult } from '../../../data/posyandu/circumference';
import { useT, type MessageKey } from '../../i18n';
import { categoryKey, fmtZ, isBadCategory } from './labels';

const BAD = new Set(['BGM', '2T', 'refer', 'headSmall', 'headLarge', 'lilaSevere']);

/**
 * What the kader sees at once: z-scores with SPEC §3.2 words, KMS trend and the alerts; head
 * circumference and LiLA (issue 15) when measured, with their z, category and the LiLA class.
 */
export function ResultPanel({ result, circ, lengthBased }: { result: WeighingResult; circ?: CircumferenceResult; lengthBased: boolean }) {
  const t = useT();
  const pb = lengthBased ? 'PB' : 'TB';
  const rows = [
    { key: 'wfa' as const, label: t('posyandu.ind.wfa'), r: result.growth.wfa },
    { key: 'lhfa' as const, label: t(`posyandu.ind.lhfa.${pb}` as MessageKey), r: result.growth.lhfa },
    { key: 'wfl' as const, label: t(`posyandu.ind.wfl.${pb}` as MessageKey), r: result.growth.wfl },
    ...(circ?.hcfa ? [{ key: 'hcfa' as const, label: t('posyandu.ind.hcfa'), r: circ.hcfa }] : []),
    ...(circ?.acfa ? [{ key: 'acfa' as const, label: t('posyandu.ind.acfa'), r: circ.acfa }] : []),
  ];
  const alerts = weighingAlerts(result.alerts, circ ?? null);
  return (
    <section className="pd-card" aria-live="polite" aria-label={t('posyandu.result.label')}>
      {alerts.map((a) => (
        <div key={a} className={`pd-alert ${BAD.has(a) ? 'bad' : 'warn'}`} role="alert" data-alert={a}>
          {t(`posyandu.alert.${a}` as MessageKey)}
        </div>
      ))}
      {result.trend && <p data-trend={result.trend}><strong>{t('posyandu.result.kms', { trend: t(`posyandu.trend.${result.trend}` as MessageKey) })}</strong></p>}
      <table className="pd-z">
        <tbody>
          {rows.map(({ key, label, r }) => (
            <tr key={key} data-ind={key}>
              <th>{label}</th>
              <td>{r ? fmtZ(r.z) : t('posyandu.z.none')}</td>
              <td className={r && isBadCategory(r.category) ? 'pd-error' : undefined}>{r ? t(categoryKey(key, r.category)) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {circ?.lila && <p data-lila={circ.lila}>{t('posyandu.lila.class', { cls: t(`posyandu.lila.${circ.lila}` as MessageKey) })}</p>}
    </section>
  );
}
