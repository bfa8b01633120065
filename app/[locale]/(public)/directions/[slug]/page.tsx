import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getDirection, listDirections, listNotes, listQuestions } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { Markdown } from "@/components/markdown/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { Stars } from "@/components/ui/stars";
import { QuestionList } from "@/components/content/question-list";
import { ChineseBodyNote } from "@/components/content/chinese-body-note";
import { listPlans } from "@/lib/plans/queries";
import { LEVELS } from "@/lib/content/schema";
import { LevelFilter } from "./_components/level-filter";

export async function generateStaticParams() {
  return (await listDirections()).map((d) => ({ slug: d.slug }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/directions/[slug]">) {
  const { locale, slug } = await params;
  const d = await getDirection(slug);
  return d ? { title: pick(locale, d.titleZh, d.titleEn), description: pick(locale, d.summaryZh, d.summaryEn) } : {};
}

export default async function DirectionPage({ params }: PageProps<"/[locale]/directions/[slug]">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const d = await getDirection(slug);
  if (!d) notFound();
  const t = await getTranslations({ locale, namespace: "directions" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const [questions, notes, plans] = await Promise.all([listQuestions({ direction: slug }), listNotes(), listPlans()]);
  const plan = plans.find((p) => p.direction === slug);
  const related = notes.filter((n) => n.directions.includes(slug));
  return (
    <article>
      <PageHeader title={`${d.order}. ${pick(locale, d.titleZh, d.titleEn)}`} intro={pick(locale, d.summaryZh, d.summaryEn)}>
        <p className="mt-3 text-sm">
          {t("competition")}: <Stars count={d.competition} label={t("stars", { count: d.competition })} />
        </p>
      </PageHeader>
      <ChineseBodyNote locale={locale} text={tc("chineseBody")} />
      <nav aria-label={t("actions")} className="mb-8 flex flex-wrap gap-3 text-sm">
        {plan && <Link href={`/plans/${plan.slug}`} className="rounded bg-accent px-3 py-1.5 text-accent-fg">{t("startPlan")}</Link>}
        <Link href={`/drill?direction=${d.slug}`} className="rounded border border-line px-3 py-1.5 hover:bg-surface-2">{t("drillDirection")}</Link>
        <Link href={`/drill?direction=${d.slug}&kind=checks`} className="rounded border border-line px-3 py-1.5 hover:bg-surface-2">{t("drillChecks")}</Link>
        <Link href={`/mock?direction=${d.slug}`} className="rounded border border-line px-3 py-1.5 hover:bg-surface-2">{t("mockDirection")}</Link>
      </nav>
      <section aria-labelledby="what" className="mb-8">
        <h2 id="what" className="mb-2 text-xl font-semibold">{t("what")}</h2>
        <Markdown>{d.sections.what}</Markdown>
        {d.sections.extra.map((s) => (
          <div key={s.heading} className="mt-4">
            <h3 className="mb-1 font-semibold">{s.heading}</h3>
            <Markdown>{s.markdown}</Markdown>
          </div>
        ))}
      </section>
      <section aria-labelledby="subtopics" className="mb-8">
        <h2 id="subtopics" className="mb-2 text-xl font-semibold">{t("subtopics")}</h2>
        <div className="space-y-4">
          {d.sections.subtopics.map((s) => (
            <div key={s.title} className="rounded-lg border border-line p-4">
              <h3 className="mb-1 font-semibold">{s.title}</h3>
              <Markdown>{s.markdown}</Markdown>
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="profile" className="mb-8">
        <h2 id="profile" className="mb-2 text-xl font-semibold">{t("profile")}</h2>
        <Markdown>{d.sections.profile}</Markdown>
      </section>
      <section aria-labelledby="why" className="mb-8">
        <h2 id="why" className="mb-2 text-xl font-semibold">{t("why")}</h2>
        <Markdown>{d.sections.competitionWhy}</Markdown>
      </section>
      {related.length > 0 && (
        <section aria-labelledby="notes" className="mb-8">
          <h2 id="notes" className="mb-2 text-xl font-semibold">{t("notes")}</h2>
          <ul className="list-disc pl-5">
            {related.map((n) => (
              <li key={n.slug}>
                <Link href={`/notes/${n.slug}`}>{pick(locale, n.titleZh, n.titleEn)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="questions">
        <h2 id="questions" className="mb-2 text-xl font-semibold">
          {t("questions")} <span className="text-sm font-normal text-muted">({t("questionCount", { count: questions.length })})</span>
        </h2>
        <LevelFilter
          label={t("levelFilter")} all={t("allLevels")}
          groups={LEVELS.map((level) => ({ level, items: questions.filter((q) => q.level === level) })).filter((g) => g.items.length).map((g) => ({
            level: g.level, count: g.items.length, list: <QuestionList locale={locale} questions={g.items} />,
          }))}
        />
      </section>
    </article>
  );
}
