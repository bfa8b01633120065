import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { reportOf } from "@/lib/mock/queries";
import { missesInReview } from "@/lib/mock/follow-up";
import { retryMockInterview, reviewMockMisses } from "@/lib/mock/actions";
import { listDirections, listNotes } from "@/lib/content/queries";
import { byTopicOverlap } from "@/lib/content/related";
import { pick } from "@/lib/i18n-text";
import { formatClock } from "@/lib/time/format";
import { StoredHtml } from "@/components/markdown/stored-html";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm } from "@/components/ui/action-form";
import { LevelBadge } from "@/components/content/level-badge";
import { QuestionTitle } from "@/components/content/question-title";
import { ChineseBodyNote } from "@/components/content/chinese-body-note";
import { QuizReport } from "../../_components/quiz-report";
import { ProbeTitle } from "@/components/projects/probe-title";

const pct = (x: number) => `${Math.round(x * 100)}%`;

export default async function MockReportPage({ params }: PageProps<"/[locale]/mock/[id]/report">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/mock/${id}/report`);
  const data = await reportOf(user.id, id);
  if (!data) notFound();
  const { mock, report, quiz, projectRound } = data;
  const t = await getTranslations({ locale, namespace: "mock" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const tp = await getTranslations({ locale, namespace: "projects" });
  const [directions, notes, inReview] = await Promise.all([listDirections(), listNotes(), missesInReview(db, user.id, [...mock.items.map((i) => i.id), ...mock.checks.map((c) => c.id)])]);
  const dirLabel = new Map(directions.map((d) => [d.slug, pick(locale, d.titleZh, d.titleEn)]));
  const itemOf = new Map(mock.items.flatMap((i) => (i.question ? [[i.question.id, { ...i, question: i.question }] as const] : [])));
  // The misses: written answers and project probes short of full marks, and quiz checks not answered right.
  const missed = [
    ...report.perQuestion.filter((r) => r.score < 1).map((r) => itemOf.get(r.questionId)!.id),
    // A deleted project's probes cannot go back to it.
    ...(mock.projectId ? projectRound?.probes.filter((p) => p.score < 1).map((p) => p.item.id) ?? [] : []),
    ...(quiz?.checks.filter((c) => !c.correct).map((c) => c.id) ?? []),
  ];
  const allInReview = missed.length > 0 && missed.every((id) => inReview.has(id));
  const quizLine = quiz && t("quizScore", { right: quiz.report.right, total: quiz.report.total, used: formatClock(quiz.usedSec), limit: formatClock(quiz.limitSec) });
  const writtenLine = report.perQuestion.length > 0 && t("reportIntro", { score: pct(report.overall), used: formatClock(report.timeUsedSec), limit: formatClock(report.timeLimitSec) });
  const roundLine = projectRound && t("projectRoundScore", { score: pct(projectRound.overall), n: projectRound.probes.length });
  const intro = [writtenLine, roundLine, quizLine].filter(Boolean).join(" · ");
  const labels = { yourAnswer: t("yourAnswer"), missed: t("missed"), allPoints: t("allPoints") };
  return (
    <article>
      <PageHeader title={t("reportTitle")} intro={intro} />
      <section className="mb-8 flex flex-wrap items-start gap-4" aria-label={t("nextSteps")}>
        {missed.length > 0 && (
          allInReview
            ? <p className="rounded border border-good px-3 py-1.5 text-sm text-good">{t("missesInReview", { n: missed.length })}</p>
            : <ActionForm action={reviewMockMisses} submit={t("addMisses", { n: missed.length })}><input type="hidden" name="mockId" value={mock.id} /></ActionForm>
        )}
        <ActionForm action={retryMockInterview} submit={t("retry")} variant="secondary"><input type="hidden" name="mockId" value={mock.id} /></ActionForm>
      </section>
      {report.perQuestion.length > 0 && <section className="mb-8" aria-labelledby="by-direction">
        <h2 id="by-direction" className="mb-2 text-lg font-semibold">{t("byDirection")}</h2>
        <ul className="space-y-1 text-sm" data-testid="by-direction">
          {report.perDirection.map((d) => (
            <li key={d.direction}>{dirLabel.get(d.direction) ?? d.direction}: <strong>{pct(d.score)}</strong> ({t("questionsN", { n: d.questions })})</li>
          ))}
        </ul>
      </section>}
      <ChineseBodyNote locale={locale} text={tc("chineseBody")} />
      <ol className="space-y-6">
        {report.perQuestion.map((r) => {
          const item = itemOf.get(r.questionId)!;
          const q = item.question;
          const readMore = byTopicOverlap(q.topics.map((x) => x.topicId), notes);
          return (
            <li key={r.questionId} className="rounded-lg border border-line p-4" data-testid="report-question">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <LevelBadge level={r.level} />
                <strong>{pct(r.score)}</strong>
                <span className={r.overTime ? "text-bad" : "text-muted"}>{t("timeUsed", { used: formatClock(r.timeUsedSec) })}{r.overTime ? ` · ${t("overTime")}` : ""}</span>
                {r.pitfallHit && <span className="text-warn">{t("pitfallHit")}</span>}
                {inReview.has(item.id) && <span className="text-muted">{t("inReview")}</span>}
              </div>
              <div className="mt-2">
                <QuestionTitle zh={q.titleZh} en={q.titleEn} locale={locale} as="h2" className="font-medium" />
                <Link href={`/questions/${r.questionId}`} className="text-sm">{t("openQuestion")}</Link>
              </div>
              <AnswerAndMissed answer={item.answer} missed={r.missed} heading="h3" locale={locale} labels={labels} />
              {readMore.length > 0 && (
                <p className="mt-3 text-sm" data-testid="read-more">{t("readNotes")}: {readMore.map((n, i) => <span key={n.slug}>{i ? " · " : ""}<Link href={`/notes/${n.slug}`}>{pick(locale, n.titleZh, n.titleEn)}</Link></span>)}</p>
              )}
            </li>
          );
        })}
      </ol>
      {projectRound && (
        <section className="mt-10" aria-labelledby="project-round">
          <h2 id="project-round" className="mb-1 text-lg font-semibold">{t("projectRoundOn", { title: mock.projectTitle?.trim() || tp("untitled") })}</h2>
          <p className="mb-3 text-sm">
            {mock.projectId ? <Link href={`/projects/${mock.projectId}/grill`}>{t("projectRoundGrill")}</Link> : <span className="text-muted">{t("projectRoundGone")}</span>}
          </p>
          <ol className="space-y-6">
            {projectRound.probes.map(({ item, score, missed: left, overTime, timeUsedSec, redFlagHit }) => (
              <li key={item.id} className="rounded-lg border border-line p-4" data-testid="report-probe">
                <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
                  <strong>{pct(score)}</strong>
                  <span className={overTime ? "text-bad" : "text-muted"}>{t("timeUsed", { used: formatClock(timeUsedSec) })}{overTime ? ` · ${t("overTime")}` : ""}</span>
                  {redFlagHit && <span className="text-warn">{t("redFlagHit")}</span>}
                  {inReview.has(item.id) && <span className="text-muted">{t("inGrill")}</span>}
                </div>
                <ProbeTitle probe={item.probe} locale={locale} as="h3" by={item.probe.mentor && tp("probeBy", { name: item.probe.mentor })} />
                <AnswerAndMissed answer={item.answer} missed={left} heading="h4" locale={locale} labels={labels} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {/* The quiz round came after the written questions: so does its part of the report. */}
      {quiz && <QuizReport quiz={quiz} dirLabel={dirLabel} locale={locale} />}
      <p className="mt-8"><Link href="/mock">{t("backToMocks")}</Link></p>
    </article>
  );
}

/** What was answered beside the rubric points it missed: for a written question and a probe alike. */
function AnswerAndMissed({ answer, missed, heading: Heading, locale, labels }: { answer: string | null; missed: string[]; heading: "h3" | "h4"; locale: string; labels: { yourAnswer: string; missed: string; allPoints: string } }) {
  return (
    <div className="mt-3 grid gap-4 md:grid-cols-2">
      <section aria-label={labels.yourAnswer}>
        <Heading className="text-sm font-semibold">{labels.yourAnswer}</Heading>
        <p className="mt-1 whitespace-pre-wrap rounded bg-surface-2 p-2 text-sm" data-testid="report-answer">{answer || "—"}</p>
      </section>
      <section aria-label={labels.missed}>
        <Heading className="text-sm font-semibold">{labels.missed}</Heading>
        {missed.length > 0
          ? <ul className="mt-1 list-disc pl-5 text-sm">{missed.map((m, i) => <li key={i}><StoredHtml className="prose prose-p:my-0 text-sm" html={m} locale={locale} /></li>)}</ul>
          : <p className="mt-1 text-sm text-good">{labels.allPoints}</p>}
      </section>
    </div>
  );
}
