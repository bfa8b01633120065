import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth";
import { listDirections, listQuestions, listTopics } from "@/lib/content/queries";
import { LEVELS } from "@/lib/content/schema";
import { pick } from "@/lib/i18n-text";
import { questionCardsOf } from "@/lib/practice/bank-queries";
import { BANK_SORTS, pageOf, QUESTION_STATUSES, questionStatus, sortBank, type QuestionStatus } from "@/lib/practice/question-status";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { QuestionList } from "@/components/content/question-list";
import { QuestionFilters } from "./_components/question-filters";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const STATUS_FILTERS = [...QUESTION_STATUSES, "flagged"] as const;

/** The bank like LeetCode's problem list: filters, the signed-in user's status per question, sorting, pages. */
export default async function QuestionsPage({ params, searchParams }: PageProps<"/[locale]/questions">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const user = await getCurrentUser();
  const filter = {
    level: LEVELS.find((l) => l === first(sp.level)),
    direction: first(sp.direction),
    topic: first(sp.topic),
    q: first(sp.q)?.slice(0, 200),
  };
  const status = user ? STATUS_FILTERS.find((s) => s === first(sp.status)) : undefined;
  const sort = BANK_SORTS.find((s) => s === first(sp.sort)) ?? "default";
  const t = await getTranslations({ locale, namespace: "questions" });
  const drillQuery = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();
  const [questions, directions, topics, cards] = await Promise.all([listQuestions(filter), listDirections(), listTopics(), user ? questionCardsOf(user.id) : null]);
  const now = new Date();
  const rows = questions.map((q) => {
    const card = cards?.get(q.id);
    return { ...q, status: cards ? questionStatus(card, now) : undefined, flagged: card?.flagged ?? false, due: card && card.state !== 0 ? card.due : null };
  });
  const chosen = rows.filter((r) => !status || (status === "flagged" ? r.flagged : r.status === status));
  const { rows: shown, page, pages } = pageOf(sortBank(chosen, sort, locale), Number(first(sp.page) ?? 1));
  const statusLabels = Object.fromEntries(QUESTION_STATUSES.map((s) => [s, t(`status.${s}`)])) as Record<QuestionStatus, string>;
  const query = { ...filter, status, sort: sort === "default" ? undefined : sort };
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <QuestionFilters
        locale={locale}
        filter={{ ...filter, status, sort }}
        directions={directions.map((d) => ({ value: d.slug, label: `${d.order}. ${pick(locale, d.titleZh, d.titleEn)}` }))}
        topics={topics.map((x) => ({ value: x.id, label: pick(locale, x.zh, x.en) }))}
        statuses={user ? STATUS_FILTERS.map((s) => ({ value: s, label: s === "flagged" ? t("flagged") : statusLabels[s] })) : null}
      />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted" role="status">
          {t("results", { count: chosen.length })}{pages > 1 ? ` · ${t("pageOf", { page, pages })}` : ""}
        </p>
        {chosen.length > 0 && (
          <Link href={`/drill${drillQuery ? `?${drillQuery}` : ""}`} className="rounded border border-accent px-3 py-1 text-sm text-accent">
            {t("drill")}
          </Link>
        )}
      </div>
      {shown.length ? (
        <QuestionList
          locale={locale} questions={shown}
          directionLabels={Object.fromEntries(directions.map((d) => [d.slug, pick(locale, d.titleZh, d.titleEn)]))}
          status={user ? { labels: statusLabels, flagged: t("flagged"), unsuspend: t("unsuspend") } : undefined}
        />
      ) : (
        <p>
          {t("none")} <Link href="/questions">{t("reset")}</Link>
        </p>
      )}
      <Pagination path="/questions" query={query} page={page} pages={pages} labels={{ nav: t("pages"), previous: t("previous"), next: t("next"), page: t.raw("pageN") }} />
    </>
  );
}
