import type { AskedProbe } from "@/lib/projects/probes";

/**
 * A probe as the interviewer asks it: in Chinese, with the English title on English pages; a
 * mentor's probe in their own words, with their name.
 */
const SIZE = { h1: "text-2xl font-semibold", h2: "text-lg font-semibold", h3: "font-medium" };

export function ProbeTitle({ probe, locale, by, as: Heading, id }: { probe: AskedProbe; locale: string; by: string | null; as: keyof typeof SIZE; id?: string }) {
  return (
    <>
      <Heading id={id} className={SIZE[Heading]} data-probe-id={probe.id}>{probe.titleZh}</Heading>
      {locale === "en" && probe.titleEn && <p className="text-sm text-muted" lang="en">{probe.titleEn}</p>}
      {by && <p className="text-sm text-muted" data-testid="probe-by">{by}</p>}
    </>
  );
}
