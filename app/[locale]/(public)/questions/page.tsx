import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listDirections, listQuestions, listTopics } from "@/lib/content/queries";
import { LEVELS } from "@/lib/content/schema";
import { pick } from "@/lib/i18n-text";
import { PageHeader } from "@/components/ui/page-header";
import { QuestionList } from "@/components/content/question-list";
import { QuestionFilters } from "./_components/question-filters";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function QuestionsPage({ params, searchParams }: PageProps<"/[locale]/questions">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const filter = {
    level: LEVELS.find((l) => l === first(sp.level)),
    direction: first(sp.direction),
    topic: first(sp.topic),
    q: first(sp.q)?.slice(0, 200),
  };
  const t = await getTranslations({ locale, namespace: "questions" });
  const drillQuery = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();
  const [questions, directions, topics] = await Promise.all([listQuestions(filter), listDirections(), listTopics()]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <QuestionFilters
        locale={locale}
        filter={filter}
        directions={directions.map((d) => ({ value: d.slug, label: `${d.order}. ${pick(locale, d.titleZh, d.titleEn)}` }))}
        topics={topics.map((x) => ({ value: x.id, label: pick(locale, x.zh, x.en) }))}
      />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted" role="status">
          {t("results", { count: questions.length })}
        </p>
        {questions.length > 0 && (
          <Link href={`/drill${drillQuery ? `?${drillQuery}` : ""}`} className="rounded border border-accent px-3 py-1 text-sm text-accent">
            {t("drill")}
          </Link>
        )}
      </div>
      {questions.length ? (
        <QuestionList locale={locale} questions={questions} />
      ) : (
        <p>
          {t("none")} <Link href="/questions">{t("reset")}</Link>
        </p>
      )}
    </>
  );
}
