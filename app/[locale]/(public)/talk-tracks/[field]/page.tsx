import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getTalkTrack, listDirections, listTalkTracks } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { Markdown } from "@/components/markdown/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { ChineseBodyNote } from "@/components/content/chinese-body-note";

export async function generateStaticParams() {
  return (await listTalkTracks()).map((t) => ({ field: t.slug }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/talk-tracks/[field]">) {
  const { locale, field } = await params;
  const t = await getTalkTrack(field);
  return t ? { title: pick(locale, t.fieldZh, t.fieldEn) } : {};
}

export default async function TalkTrackPage({ params }: PageProps<"/[locale]/talk-tracks/[field]">) {
  const { locale, field } = await params;
  setRequestLocale(locale);
  const track = await getTalkTrack(field);
  if (!track) notFound();
  const t = await getTranslations({ locale, namespace: "talkTracks" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const directions = (await listDirections()).filter((d) => track.directions.includes(d.slug));
  return (
    <article>
      <p className="mb-2 text-sm text-muted">
        <Link href="/talk-tracks">{t("title")}</Link>
      </p>
      <PageHeader title={pick(locale, track.fieldZh, track.fieldEn)} />
      <ChineseBodyNote locale={locale} text={tc("chineseBody")} />
      {track.kind === "field" && (
        <section aria-labelledby="keywords" className="mb-6">
          <h2 id="keywords" className="mb-2 text-sm font-semibold text-muted">{t("keywords")}</h2>
          <ul className="flex flex-wrap gap-2">
            {[...track.keywords.zh, ...track.keywords.en].map((k) => (
              <li key={k}>
                <Badge>{k}</Badge>
              </li>
            ))}
          </ul>
        </section>
      )}
      <TrackSection id="tracks" title={t("tracks")} tracks={track.tracks} />
      {track.fdeTracks.length > 0 && <TrackSection id="fde" title={t("fde")} tracks={track.fdeTracks} />}
      {directions.length > 0 && (
        <section aria-labelledby="feeds" className="mt-8">
          <h2 id="feeds" className="mb-2 text-lg font-semibold">{t("feeds")}</h2>
          <ul className="flex flex-wrap gap-3 text-sm">
            {directions.map((d) => (
              <li key={d.slug}>
                <Link href={`/directions/${d.slug}`}>{d.order}. {pick(locale, d.titleZh, d.titleEn)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function TrackSection({ id, title, tracks }: { id: string; title: string; tracks: string[] }) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-2 text-xl font-semibold">{title}</h2>
      <ul className="space-y-3">
        {tracks.map((x, i) => (
          <li key={i} className="rounded-lg border border-line p-3">
            <Markdown className="prose prose-p:my-0">{x}</Markdown>
          </li>
        ))}
      </ul>
    </section>
  );
}
