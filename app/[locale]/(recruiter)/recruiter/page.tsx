import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { listDirections } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { Markdown } from "@/components/markdown/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { Stars } from "@/components/ui/stars";

export default async function RecruiterPage({ params }: PageProps<"/[locale]/recruiter">) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser("/recruiter", ["recruiter", "mentor", "admin"]);
  const t = await getTranslations({ locale, namespace: "recruiter" });
  const td = await getTranslations({ locale, namespace: "directions" });
  const directions = await listDirections();
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <p className="mt-3"><Link href="/recruiter/finder" className="rounded bg-accent px-3 py-1.5 text-sm text-accent-fg">{t("finder")}</Link></p>
      </PageHeader>
      <div className="space-y-6">
        {directions.map((d) => (
          <section key={d.slug} aria-labelledby={`d-${d.slug}`} className="rounded-lg border border-line p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`d-${d.slug}`} className="text-lg font-semibold">{d.order}. {pick(locale, d.titleZh, d.titleEn)}</h2>
              <Stars count={d.competition} label={`${td("competition")}: ${td("stars", { count: d.competition })}`} />
            </div>
            <p className="mt-1 text-sm">{pick(locale, d.summaryZh, d.summaryEn)}</p>
            <h3 className="mt-3 text-sm font-semibold">{td("subtopics")}</h3>
            <p className="text-sm text-muted">{d.sections.subtopics.map((s) => s.title).join(" · ")}</p>
            <h3 className="mt-3 text-sm font-semibold">{td("profile")}</h3>
            <Markdown className="prose prose-sm max-w-none">{d.sections.profile}</Markdown>
            <p className="mt-2 text-sm"><Link href={`/recruiter/directions/${d.slug}`}>{t("onePager")} →</Link></p>
          </section>
        ))}
      </div>
    </>
  );
}
