/**
 * A year of daily counts as a calendar grid (server SVG), a column per week, with the month
 * written above the week it starts in. Each cell names its date and count.
 */
type HeatmapProps = { days: [string, number][]; unit: string; caption: (total: number, max: number) => string; locale: string };

const LEVEL_OPACITY = [0, 0.3, 0.5, 0.75, 1];

function level(n: number, max: number): number {
  if (n === 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((n / Math.max(1, max)) * 4)));
}

export function Heatmap({ days, unit, caption, locale }: HeatmapProps) {
  const cell = 11;
  const gap = 2;
  const firstWeekday = new Date(`${days[0]?.[0] ?? "2000-01-01"}T12:00:00Z`).getUTCDay();
  const max = Math.max(0, ...days.map(([, n]) => n));
  const weeks = Math.ceil((days.length + firstWeekday) / 7);
  const width = weeks * (cell + gap) + 16; // a month label may start in the last column
  const top = 14; // room for the month labels
  const height = top + 7 * (cell + gap);
  const monthName = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  // A month is labelled on the column holding its 1st (the first column only when it is a 1st).
  const months = days.flatMap(([date], i) =>
    date.endsWith("-01") ? [{ date, x: Math.floor((i + firstWeekday) / 7) * (cell + gap) }] : [],
  );
  const total = days.reduce((s, [, n]) => s + n, 0);
  const summary = caption(total, max);
  return (
    <figure>
      <div className="overflow-x-auto">
        <svg role="img" aria-label={summary} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
          {months.map(({ date, x }) => (
            <text key={`m-${date}`} x={x} y={10} fontSize="9" fill="var(--muted)">{monthName.format(new Date(`${date}T12:00:00Z`))}</text>
          ))}
          {days.map(([date, n], i) => {
            const slot = i + firstWeekday;
            const l = level(n, max);
            return (
              <rect key={date} x={Math.floor(slot / 7) * (cell + gap)} y={top + (slot % 7) * (cell + gap)} width={cell} height={cell} rx={2}
                fill={l ? "var(--accent)" : "var(--surface-2)"} fillOpacity={l ? LEVEL_OPACITY[l] : 1} stroke="var(--border)" strokeWidth={0.5}>
                <title>{`${date}: ${n} ${unit}`}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-1 text-xs text-muted">{summary}</figcaption>
    </figure>
  );
}
