import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getNote, listDirections, listNotes, paperIdsByArxiv } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { Markdown } from "@/components/markdown/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { SourceList } from "@/components/content/source-list";
import { ChineseBodyNote } from "@/components/content/chinese-body-note";
import { MarkRead } from "./_components/mark-read";

export async function generateStaticParams() {
  return (await listNotes()).map((n) => ({ slug: n.slug }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/notes/[slug]">) {
  const { locale, slug } = await params;
  const n = await getNote(slug);
  return n ? { title: pick(locale, n.titleZh, n.titleEn), description: pick(locale, n.summaryZh, n.summaryEn) } : {};
}

export default async function NotePage({ params }: PageProps<"/[locale]/notes/[slug]">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const note = await getNote(slug);
  if (!note) notFound();
  const t = await getTranslations({ locale, namespace: "notes" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const [directions, paperIds] = await Promise.all([listDirections(), paperIdsByArxiv()]);
  return (
    <article>
      <p className="mb-2 text-sm text-muted">
        <Link href="/notes">{t("title")}</Link> · {t(`series.${note.series}`)}
      </p>
      <PageHeader title={pick(locale, note.titleZh, note.titleEn)} intro={pick(locale, note.summaryZh, note.summaryEn)} />
      <ChineseBodyNote locale={locale} text={tc("chineseBody")} />
      <Markdown>{note.body}</Markdown>
      <MarkRead slug={note.slug} labels={{ mark: t("markRead"), done: t("markedRead"), undo: t("unmarkRead"), failed: t("markFailed") }} />
      <section className="mt-10" aria-labelledby="note-directions">
        <h2 id="note-directions" className="mb-2 text-lg font-semibold">{t("directions")}</h2>
        <ul className="flex flex-wrap gap-3 text-sm">
          {directions.filter((d) => note.directions.includes(d.slug)).map((d) => (
            <li key={d.slug}>
              <Link href={`/directions/${d.slug}`}>{pick(locale, d.titleZh, d.titleEn)}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="mt-6" aria-labelledby="note-sources">
        <h2 id="note-sources" className="mb-2 text-lg font-semibold">{t("sources")}</h2>
        <SourceList sources={note.sources} paperIds={paperIds} />
      </section>
    </article>
  );
}
