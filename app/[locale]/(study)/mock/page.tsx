import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { listMocks } from "@/lib/mock/queries";
import { listDirections } from "@/lib/content/queries";
import { db } from "@/lib/db";
import { loadSettings } from "@/lib/practice/review-service";
import { pick } from "@/lib/i18n-text";
import { formatClock, formatDateTime } from "@/lib/time/format";
import { timeZoneOf } from "@/lib/time/viewer";
import { PageHeader } from "@/components/ui/page-header";
import { QUIZ_SECONDS } from "@/lib/mock/quiz";
import { CHECK_TYPES } from "@/lib/content/schema";
import { myProjects } from "@/lib/projects/queries";
import { PROBE_ANSWER_SEC } from "@/lib/projects/grill";
import { NewMockForm } from "./_components/new-mock-form";

export default async function MockPage({ params, searchParams }: PageProps<"/[locale]/mock">) {
  const { locale } = await params;
  const asked = (await searchParams).direction;
  setRequestLocale(locale);
  const user = await requirePageUser("/mock");
  const t = await getTranslations({ locale, namespace: "mock" });
  const [mocks, directions, timeZone, settings, projects, tp] = await Promise.all([
    listMocks(user.id), listDirections(), timeZoneOf(user.id), loadSettings(db, user.id), myProjects(user.id), getTranslations({ locale, namespace: "projects" }),
  ]);
  // A direction asked for by a link wins; otherwise the mock drills what the candidate studies.
  const chosen = asked ? directions.filter((d) => d.slug === asked).map((d) => d.slug) : settings.directions;
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <NewMockForm
        chosen={chosen}
        directions={directions.map((d) => ({ value: d.slug, label: `${d.order}. ${pick(locale, d.titleZh, d.titleEn)}` }))}
        projects={projects.map((p) => ({ value: p.id, label: p.story.title?.trim() || tp("untitled") }))}
        labels={{
          directions: t("directions"), mix: t("mix"), L1: t("L1"), L2: t("L2"), L3: t("L3"), quiz: t("quiz"), quizHint: t("quizHint", { perCheck: CHECK_TYPES.map((type) => t(`quizSeconds.${type}`, { s: QUIZ_SECONDS[type] })).join(" · ") }), start: t("start"),
          project: t("projectRound"), noProject: t("noProjectRound"), probes: t("probesN"), projectHint: t("projectRoundHint", { limit: formatClock(PROBE_ANSWER_SEC) }),
        }}
      />
      <section className="mt-10" aria-labelledby="history">
        <h2 id="history" className="mb-3 text-lg font-semibold">{t("history")}</h2>
        {mocks.length === 0 ? (
          <p className="text-sm text-muted">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-line border-y border-line">
            {mocks.map((m) => (
              <li key={m.id} className="flex items-center justify-between py-2 text-sm">
                <span><time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, timeZone, locale)}</time> · {m.checks ? t("progressQuiz", { graded: m.graded, total: m.questions, answered: m.answeredChecks, checks: m.checks }) : t("progress", { graded: m.graded, total: m.questions })}</span>
                {/* No prefetch: showing a question starts its clock. */}
                <Link href={m.finishedAt ? `/mock/${m.id}/report` : `/mock/${m.id}`} prefetch={false}>{m.finishedAt ? t("report") : t("resume")}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
