import type { SkdnReport } from '../../../data/posyandu';
import { formatPercent, useT } from '../../i18n';

const W = 360;
const H = 180;
const PAD = { l: 30, r: 8, t: 10, b: 28 };
const SERIES = [
  { key: 'ds' as const, labelKey: 'posyandu.skdn.DS' as const, color: '#1565c0' },
  { key: 'nd' as const, labelKey: 'posyandu.skdn.ND' as const, color: '#2e7d32' },
];

/** 12-month D/S and N/D lines (0–100 %), hand-drawn SVG; a month without data breaks the line. */
export function TrendChart({ rows, title }: { rows: SkdnReport['trend']; title: string }) {
  const t = useT();
  const n = rows.length;
  const sx = (i: number) => PAD.l + (n <= 1 ? 0 : (i / (n - 1)) * (W - PAD.l - PAD.r));
  const sy = (v: number) => H - PAD.b - v * (H - PAD.t - PAD.b);
  const path = (key: 'ds' | 'nd') => {
    let d = '';
    let pen = false;
    rows.forEach((r, i) => {
      const v = r[key];
      if (v === null) { pen = false; return; }
      d += `${pen ? 'L' : 'M'}${sx(i).toFixed(1)},${sy(v).toFixed(1)}`; // format-guard: SVG coordinates
      pen = true;
    });
    return d;
  };
  return (
    <svg className="pd-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
      <title>{title}</title>
      {[0, 0.25, 0.5, 0.75, 1].map((v) => (
        <g key={v}>
          <line x1={PAD.l} x2={W - PAD.r} y1={sy(v)} y2={sy(v)} stroke={v === 0.8 ? '#c62828' : '#eee'} />
          <text x={PAD.l - 3} y={sy(v) + 3} fontSize="9" textAnchor="end">{formatPercent(v, 0)}</text>
        </g>
      ))}
      {rows.map((r, i) => (
        <text key={r.month} x={sx(i)} y={H - PAD.b + 12} fontSize="8" textAnchor="middle">{r.month.slice(5)}</text>
      ))}
      {SERIES.map((s, k) => (
        <g key={s.key}>
          <path d={path(s.key)} stroke={s.color} strokeWidth={2} fill="none" />
          {rows.map((r, i) => (r[s.key] === null ? null : <circle key={i} cx={sx(i)} cy={sy(r[s.key]!)} r={2.5} fill={s.color} />))}
          <text x={PAD.l + 6 + k * 50} y={H - 4} fontSize="10" fill={s.color}>■ {t(s.labelKey)}</text>
        </g>
      ))}
    </svg>
  );
}
