type BadgeProps = { children: React.ReactNode; tone?: "neutral" | "accent" };

export function Badge({ children, tone = "neutral" }: BadgeProps) {
  const colours = tone === "accent" ? "border-accent text-accent" : "border-line text-muted";
  return <span className={`inline-block rounded border px-1.5 py-0.5 text-xs leading-none ${colours}`}>{children}</span>;
}
