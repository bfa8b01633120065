import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listTalkTracks } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { PageHeader } from "@/components/ui/page-header";

export default async function TalkTracksPage({ params }: PageProps<"/[locale]/talk-tracks">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "talkTracks" });
  const tracks = await listTalkTracks();
  const fields = tracks.filter((x) => x.kind === "field");
  const general = tracks.filter((x) => x.kind === "general");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ol className="grid gap-3 sm:grid-cols-2">
        {fields.map((f) => (
          <li key={f.slug} className="rounded-lg border border-line p-4">
            <Link href={`/talk-tracks/${f.slug}`} className="font-medium hover:text-accent">
              {f.order}. {pick(locale, f.fieldZh, f.fieldEn)}
            </Link>
            <p className="mt-1 text-xs text-muted">{[...f.keywords.en.slice(0, 4), ...f.keywords.zh.slice(0, 3)].join(" · ")}</p>
          </li>
        ))}
      </ol>
      {general.map((g) => (
        <p key={g.slug} className="mt-8">
          <Link href={`/talk-tracks/${g.slug}`} className="font-medium">{t("general")} →</Link>
        </p>
      ))}
    </>
  );
}
