import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { listDirections, listTalkTracks } from "@/lib/content/queries";
import { findFields } from "@/lib/recruiter/field-finder";
import { finderSchema } from "@/lib/recruiter/schema";
import { inputLimits } from "@/lib/forms/limits";
import { pick } from "@/lib/i18n-text";
import { Markdown } from "@/components/markdown/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";

const OPEN_MATCHES = 3;

export default async function FinderPage({ params, searchParams }: PageProps<"/[locale]/recruiter/finder">) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser("/recruiter/finder", ["recruiter", "mentor", "admin"]);
  const raw = (await searchParams).q;
  const limits = inputLimits(finderSchema, "q");
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, limits.maxLength) ?? "";
  const t = await getTranslations({ locale, namespace: "recruiter" });
  const [tracks, directions] = await Promise.all([listTalkTracks(), listDirections()]);
  const fields = tracks.filter((x) => x.kind === "field");
  const general = tracks.find((x) => x.kind === "general");
  const matches = q ? findFields(q, fields.map((f) => ({ slug: f.slug, order: f.order, keywords: [...f.keywords.zh, ...f.keywords.en], also: f.keywords.also }))) : [];
  const dirLabel = new Map(directions.map((d) => [d.slug, `${d.order}. ${pick(locale, d.titleZh, d.titleEn)}`]));
  const trackList = (tracks: string[]) => (
    <ul className="mt-3 space-y-2">
      {tracks.map((track, i) => (
        <li key={i} className="flex items-start gap-2">
          <Markdown className="prose prose-sm flex-1">{track}</Markdown>
          <CopyButton text={track} label={t("copy")} done={t("copied")} />
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <PageHeader title={t("finder")} intro={t("finderIntro")} />
      <form method="get" role="search" className="mb-8">
        <label className="block text-sm">
          {t("describe")}
          <textarea name="q" defaultValue={q} rows={4} maxLength={limits.maxLength} className="mt-1 w-full rounded border border-line bg-surface p-2" placeholder={t("placeholder")} />
        </label>
        <button type="submit" className="mt-2 rounded bg-accent px-4 py-2 text-sm text-accent-fg">{t("find")}</button>
      </form>
      {q && matches.length === 0 && <p role="status">{t("noMatch")}</p>}
      <ol className="space-y-6" aria-label={t("results")}>
        {matches.map((m, rank) => {
          const field = fields.find((f) => f.slug === m.slug)!;
          return (
            <li key={m.slug} className="rounded-lg border border-line p-4" data-testid="field-match">
              <h2 className="text-lg font-semibold">{rank + 1}. <Link href={`/talk-tracks/${field.slug}`}>{pick(locale, field.fieldZh, field.fieldEn)}</Link></h2>
              <p className="mt-1 text-sm">{t("because")}: {m.matched.map((k) => <span key={k} className="mr-1"><Badge>{k}</Badge></span>)}</p>
              <p className="mt-1 text-sm text-muted">
                {t("feeds")}:{" "}
                {field.directions.length ? field.directions.map((d, i) => <span key={d}>{i ? " · " : ""}<Link href={`/recruiter/directions/${d}`}>{dirLabel.get(d) ?? d}</Link></span>) : "—"}
              </p>
              {/* The best fits open; further ones stay ranked but folded. */}
              {rank < OPEN_MATCHES ? trackList([...field.tracks, ...field.fdeTracks]) : (
                <details className="mt-2"><summary className="cursor-pointer text-sm text-accent">{t("showTracks", { n: field.tracks.length + field.fdeTracks.length })}</summary>{trackList([...field.tracks, ...field.fdeTracks])}</details>
              )}
            </li>
          );
        })}
      </ol>
      {general && matches.length > 0 && (
        <section className="mt-8" aria-labelledby="fde-general">
          <h2 id="fde-general" className="mb-2 text-lg font-semibold">{pick(locale, general.fieldZh, general.fieldEn)}</h2>
          <p className="text-sm text-muted">{t("generalOnce")}</p>
          {trackList(general.tracks)}
        </section>
      )}
    </>
  );
}
