import { useLocation, useParams } from 'react-router-dom';
import { formatDate, formatMonth, formatNumber, useT, type MessageKey } from '../i18n';
import type { StrataView } from '../../domain';
import type { IntegratedEligibility, SkdnCounts, SkdnRatios, StrataIndicators } from '../../domain';
import { currentMonth } from './api';
import { Page } from './ui/Page';
import { Toolbar, pct } from './ui/Toolbar';
import { useCounty } from './ui/useCounty';

interface Detail {
  name: string; desaName: string; month: string; profile: string;
  year: StrataView; rolling: StrataView; previousYear: StrataView; integrated: IntegratedEligibility;
  skdn: SkdnCounts; ratios: SkdnRatios; lastDay: string | null;
}

const RATIO: (keyof StrataIndicators)[] = ['ds', 'kia', 'kb', 'immunization', 'danaSehat'];
const show = (k: keyof StrataIndicators, x: number | boolean) =>
  typeof x === 'boolean' ? (x ? '✓' : '✗') : RATIO.includes(k) ? pct(x) : k === 'avgKaders' ? formatNumber(x, { digits: 1 }) : formatNumber(x);

function StrataTable({ title, v }: { title: string; v: StrataView }) {
  const t = useT();
  const next = v.result.next;
  return (
    <section>
      <h2>{title}: {t(`county.level.${v.result.level}` as MessageKey)} <small>({formatMonth(v.period.from)} – {formatMonth(v.period.to)})</small></h2>
      <table className="kab-table" data-testid="strata-indicators">
        <thead><tr><th>{t('county.detail.indicators')}</th><th>{t('county.detail.value')}</th></tr></thead>
        <tbody>
          {(Object.keys(v.indicators) as (keyof StrataIndicators)[]).map((k) => (
            <tr key={k}><td>{k}</td><td>{show(k, v.indicators[k])}</td></tr>
          ))}
        </tbody>
      </table>
      {next ? (
        <>
          <h3>{t('county.detail.missing', { level: t(`county.level.${next.level}` as MessageKey) })}</h3>
          <ul data-testid="strata-gaps">
            {v.gaps.map((g) => (
              <li key={g.indicator}>
                {g.indicator}: {show(g.indicator, g.have)} → {g.op} {show(g.indicator, g.need)}
                {g.more !== null && ` (${t('county.detail.more', { more: g.more, unit: g.unit })})`}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('county.detail.none')}</p>
      )}
    </section>
  );
}

export default function PosyanduDetailPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const month = new URLSearchParams(useLocation().search).get('month') ?? currentMonth();
  const { data, error, loading } = useCounty<Detail>(`reports/posyandu/${encodeURIComponent(id ?? '')}?month=${month}&year=${month.slice(0, 4)}`);
  const body = data && (
        <>
          <table className="kab-table" data-testid="detail-skdn">
            <thead><tr><th>{formatMonth(month)}</th>{(['S', 'K', 'D', 'N', 'T', 'O', 'B', 'BGM', 'T2'] as const).map((k) => <th key={k}>{t(`county.skdn.${k}`)}</th>)}<th>{t('county.skdn.DS')}</th><th>{t('county.skdn.ND')}</th></tr></thead>
            <tbody><tr><td>{t('county.skdn')}</td>{(['S', 'K', 'D', 'N', 'T', 'O', 'B', 'BGM', 'T2'] as const).map((k) => <td key={k}>{data.skdn[k]}</td>)}<td>{pct(data.ratios.DS)}</td><td>{pct(data.ratios.ND)}</td></tr></tbody>
          </table>
          <p>{t('county.lastDay')}: {data.lastDay ? formatDate(data.lastDay) : '–'} · {t('county.cfg.profile')}: {data.profile}</p>
          <StrataTable title={t('county.strataYear', { year: month.slice(0, 4) })} v={data.year} />
          <StrataTable title={t('county.strataRolling')} v={data.rolling} />
          <StrataTable title={t('county.strataPrev', { year: +month.slice(0, 4) - 1 })} v={data.previousYear} />
          <h2>{t('county.detail.integrated')}</h2>
          <ul>
            {data.integrated.conditions.map((c) => (
              <li key={c.id}>{c.ok ? '✓' : '✗'} {c.id}: {typeof c.have === 'number' ? formatNumber(c.have) : String(c.have)} / {typeof c.need === 'number' ? formatNumber(c.need) : String(c.need)}</li>
            ))}
          </ul>
        </>
  );
  return (
    <Page title={data ? `${data.name} · ${data.desaName}` : t('county.posyandu')} back="/kabupaten/posyandu" error={error} loading={loading}
      sheet={{ name: 'county-posyandu-detail', lines: [t('county.sheet.month', { month: formatMonth(month) })], body }}>
      <Toolbar csv={[]} />
      {body}
    </Page>
  );
}
