import type { ChartSeries } from './series';

const W = 360;
const H = 280;
const PAD = { l: 34, r: 8, t: 8, b: 30 };
const SD_STYLE: Record<number, { stroke: string; dash?: string }> = {
  [-3]: { stroke: '#000' }, [-2]: { stroke: '#c62828' }, 0: { stroke: '#2e7d32' }, 2: { stroke: '#c62828' }, 3: { stroke: '#000' },
};

function ticks(min: number, max: number, target: number): number[] {
  const raw = (max - min) / target;
  const step = [1, 2, 5, 10, 20, 50].find((s) => s >= raw) ?? 100;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(v);
  return out;
}

/** Hand-drawn SVG (no chart library): WHO SD lines, the child's points, consecutive months joined. */
export function GrowthChart({ s, title, xLabel, yLabel }: { s: ChartSeries; title: string; xLabel: string; yLabel: string }) {
  const sx = (x: number) => PAD.l + ((x - s.xMin) / (s.xMax - s.xMin || 1)) * (W - PAD.l - PAD.r);
  const sy = (y: number) => H - PAD.b - ((y - s.yMin) / (s.yMax - s.yMin || 1)) * (H - PAD.t - PAD.b);
  const path = (pts: { x: number; y: number }[]) => pts.map((p, i) => `${i ? 'L' : 'M'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(''); // format-guard: SVG coordinates
  const segments: string[] = [];
  for (let i = 1; i < s.points.length; i++) {
    // KMS rule of the chart: only consecutive months are joined; a gap stays a gap.
    if (s.points[i].month === s.points[i - 1].month + 1) segments.push(path([s.points[i - 1], s.points[i]]));
  }
  const xt = ticks(s.xMin, s.xMax, 6);
  const yt = ticks(s.yMin, s.yMax, 6);
  return (
    <svg className="pd-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
      <title>{title}</title>
      <rect x={PAD.l} y={PAD.t} width={W - PAD.l - PAD.r} height={H - PAD.t - PAD.b} fill="#fff" stroke="#999" />
      {xt.map((x) => (
        <g key={`x${x}`}>
          <line x1={sx(x)} x2={sx(x)} y1={PAD.t} y2={H - PAD.b} stroke="#eee" />
          <text x={sx(x)} y={H - PAD.b + 12} fontSize="9" textAnchor="middle">{x}</text>
        </g>
      ))}
      {yt.map((y) => (
        <g key={`y${y}`}>
          <line x1={PAD.l} x2={W - PAD.r} y1={sy(y)} y2={sy(y)} stroke="#eee" />
          <text x={PAD.l - 3} y={sy(y) + 3} fontSize="9" textAnchor="end">{y}</text>
        </g>
      ))}
      {s.lines.map((l) => (
        <g key={l.sd}>
          <path d={path(l.pts)} fill="none" strokeWidth={l.sd === 0 ? 1.5 : 1} {...SD_STYLE[l.sd]} />
          <text x={W - PAD.r - 2} y={sy(l.pts[l.pts.length - 1].y) - 2} fontSize="8" textAnchor="end">{l.sd > 0 ? `+${l.sd}` : l.sd}</text>
        </g>
      ))}
      {segments.map((d, i) => <path key={i} d={d} stroke="#1565c0" strokeWidth={2} fill="none" />)}
      {s.points.map((p, i) => (
        <circle key={i} cx={sx(p.x)} cy={sy(p.y)} r={3.5} fill={p.flagged ? '#fff' : '#1565c0'} stroke="#1565c0" strokeWidth={1.5} />
      ))}
      <text x={(W + PAD.l) / 2} y={H - 4} fontSize="10" textAnchor="middle">{xLabel}</text>
      <text x={10} y={(H - PAD.b) / 2} fontSize="10" textAnchor="middle" transform={`rotate(-90 10 ${(H - PAD.b) / 2})`}>{yLabel}</text>
    </svg>
  );
}
