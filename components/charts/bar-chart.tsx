/**
 * Vertical bars with their value written on each (server SVG). Dates are written under every
 * 7th bar (a week from the first): a label is wider than a bar, so one per bar overlaps.
 * Every bar still names its date in its tooltip.
 */
type BarChartProps = { data: [string, number][]; label: string; valueLabel?: (n: number) => string };

export function BarChart({ data, label, valueLabel = String }: BarChartProps) {
  const bar = 18;
  const gap = 6;
  const height = 140;
  const max = Math.max(1, ...data.map(([, n]) => n));
  const width = data.length * (bar + gap);
  return (
    <figure>
      <div className="overflow-x-auto">
        <svg role="img" aria-label={label} width={width} height={height + 34} viewBox={`0 0 ${width} ${height + 34}`}>
          {data.map(([key, n], i) => {
            const h = Math.round((n / max) * (height - 14));
            const x = i * (bar + gap);
            return (
              <g key={key}>
                <title>{`${key}: ${valueLabel(n)}`}</title>
                <rect x={x} y={height - h} width={bar} height={Math.max(h, n ? 1 : 0)} fill="var(--accent)" rx={2} />
                <text x={x + bar / 2} y={height - h - 3} textAnchor="middle" fontSize="9" fill="var(--fg)">{n ? valueLabel(n) : ""}</text>
                {i % 7 === 0 && <text x={x} y={height + 12} fontSize="9" fill="var(--muted)">{key.slice(5)}</text>}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-1 text-xs text-muted">{label}</figcaption>
    </figure>
  );
}
