import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { getDirection, listTalkTracks } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { Markdown } from "@/components/markdown/markdown";
import { Stars } from "@/components/ui/stars";
import { PrintButton } from "@/components/ui/print-button";
import { Link } from "@/i18n/navigation";

/** One printable page per direction for outreach (the site header and footer do not print). */
export default async function OnePagerPage({ params }: PageProps<"/[locale]/recruiter/directions/[slug]">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requirePageUser(`/recruiter/directions/${slug}`, ["recruiter", "mentor", "admin"]);
  const d = await getDirection(slug);
  if (!d) notFound();
  const t = await getTranslations({ locale, namespace: "recruiter" });
  const td = await getTranslations({ locale, namespace: "directions" });
  const fields = (await listTalkTracks()).filter((f) => f.kind === "field" && f.directions.includes(slug));
  return (
    <article className="mx-auto max-w-3xl print:max-w-none print:text-[11pt]">
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton label={t("print")} />
        <p className="text-sm text-muted">{t("printHint")}</p>
      </div>
      <h1 className="mt-2 text-2xl font-semibold">{d.order}. {pick(locale, d.titleZh, d.titleEn)}</h1>
      <p className="mt-1">{pick(locale, d.summaryZh, d.summaryEn)}</p>
      <p className="mt-2 text-sm">{td("competition")}: <Stars count={d.competition} label={td("stars", { count: d.competition })} /></p>
      <h2 className="mt-5 font-semibold">{td("what")}</h2>
      <Markdown className="prose prose-sm max-w-none">{d.sections.what}</Markdown>
      <h2 className="mt-4 font-semibold">{td("subtopics")}</h2>
      <ul className="list-disc pl-5 text-sm">{d.sections.subtopics.map((s) => <li key={s.title}>{s.title}</li>)}</ul>
      <h2 className="mt-4 font-semibold">{td("profile")}</h2>
      <Markdown className="prose prose-sm max-w-none">{d.sections.profile}</Markdown>
      <h2 className="mt-4 font-semibold">{td("why")}</h2>
      <Markdown className="prose prose-sm max-w-none">{d.sections.competitionWhy}</Markdown>
      {fields.length > 0 && (
        <>
          <h2 className="mt-4 font-semibold">{t("feedingFields")}</h2>
          <p className="text-sm">{fields.map((f, i) => <span key={f.slug}>{i ? " · " : ""}<Link href={`/talk-tracks/${f.slug}`}>{pick(locale, f.fieldZh, f.fieldEn)}</Link></span>)}</p>
        </>
      )}
    </article>
  );
}
