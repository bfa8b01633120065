import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listNotes } from "@/lib/content/queries";
import { NOTE_SERIES } from "@/lib/content/schema";
import { pick } from "@/lib/i18n-text";
import { PageHeader } from "@/components/ui/page-header";

export default async function NotesPage({ params }: PageProps<"/[locale]/notes">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "notes" });
  const notes = await listNotes();
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {NOTE_SERIES.map((series) => {
        const inSeries = notes.filter((n) => n.series === series);
        if (!inSeries.length) return null;
        return (
          <section key={series} className="mb-10" aria-labelledby={`series-${series}`}>
            <h2 id={`series-${series}`} className="mb-3 text-xl font-semibold">{t(`series.${series}`)}</h2>
            <ol className="grid gap-3 sm:grid-cols-2">
              {inSeries.map((n) => (
                <li key={n.slug} className="rounded-lg border border-line p-4">
                  <Link href={`/notes/${n.slug}`} className="font-medium hover:text-accent">
                    {pick(locale, n.titleZh, n.titleEn)}
                  </Link>
                  <p className="mt-1 text-sm text-muted">{pick(locale, n.summaryZh, n.summaryEn)}</p>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
