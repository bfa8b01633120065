/** A line of percentages with each point labelled (server SVG); gaps where there is no data. */
type LineChartProps = { points: { key: string; value: number | null; n: number }[]; label: string; empty: string };

export function LineChart({ points, label, empty }: LineChartProps) {
  const step = 28;
  const height = 120;
  const width = Math.max(step, points.length * step);
  const y = (v: number) => 10 + (1 - v) * (height - 20);
  const present = points.map((p, i) => ({ ...p, i })).filter((p) => p.value !== null) as { key: string; value: number; n: number; i: number }[];
  if (!present.length) return <p className="text-sm text-muted">{empty}</p>;
  const path = present.map((p, j) => `${j ? "L" : "M"}${p.i * step + step / 2},${y(p.value)}`).join(" ");
  return (
    <figure>
      <div className="overflow-x-auto">
        <svg role="img" aria-label={label} width={width} height={height + 24} viewBox={`0 0 ${width} ${height + 24}`}>
          <line x1={0} x2={width} y1={y(0.9)} y2={y(0.9)} stroke="var(--border)" strokeDasharray="3 3" />
          <path d={path} fill="none" stroke="var(--accent)" strokeWidth={2} />
          {present.map((p) => (
            <g key={p.key}>
              <title>{`${p.key}: ${Math.round(p.value * 100)}% (${p.n})`}</title>
              <circle cx={p.i * step + step / 2} cy={y(p.value)} r={3} fill="var(--accent)" />
              <text x={p.i * step + step / 2} y={y(p.value) - 6} textAnchor="middle" fontSize="8" fill="var(--fg)">{Math.round(p.value * 100)}%</text>
            </g>
          ))}
          {points.map((p, i) => (i % 4 === 0 ? <text key={p.key} x={i * step + step / 2} y={height + 14} textAnchor="middle" fontSize="8" fill="var(--muted)">{p.key.slice(5)}</text> : null))}
        </svg>
      </div>
      <figcaption className="mt-1 text-xs text-muted">{label}</figcaption>
    </figure>
  );
}
