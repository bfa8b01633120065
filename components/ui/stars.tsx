/** A 1–5 rating: drawn as stars, announced as text (the stars are decoration). */
export function Stars({ count, label }: { count: number; label: string }) {
  return (
    <span className="whitespace-nowrap" title={label}>
      <span aria-hidden="true" className="text-warn">
        {"★".repeat(count)}
        <span className="text-line">{"★".repeat(5 - count)}</span>
      </span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
