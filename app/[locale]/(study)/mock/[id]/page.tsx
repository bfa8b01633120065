import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { getMock } from "@/lib/mock/queries";
import { startItem } from "@/lib/mock/answering";
import { StoredHtml } from "@/components/markdown/stored-html";
import { LevelBadge } from "@/components/content/level-badge";
import { QuestionTitle } from "@/components/content/question-title";
import { inputLimits } from "@/lib/forms/limits";
import { answerSchema } from "@/lib/mock/schema";
import { AnswerForm, type AnswerLabels } from "../_components/answer-form";
import { RubricForm } from "../_components/rubric-form";
import { QuizRound } from "../_components/quiz-round";
import { PageHeader } from "@/components/ui/page-header";
import { checkLabels } from "@/components/checks/check-labels-server";
import { endQuiz, startQuiz } from "@/lib/mock/quiz-round";
import { quizOpen } from "@/lib/mock/quiz";
import { formatClock } from "@/lib/time/format";
import { ProbeTitle } from "@/components/projects/probe-title";

const ANSWER_KEYS = ["answer", "saving", "saved", "saveFailed", "stale", "useTheirs", "keepMine", "answeredElsewhere", "reload"] as const;

export default async function MockRunPage({ params }: PageProps<"/[locale]/mock/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/mock/${id}`);
  const mock = await getMock(user.id, id);
  if (!mock) notFound();
  const current = mock.items.find((i) => !i.gradedAt);
  const t = await getTranslations({ locale, namespace: "mock" });
  if (!current) {
    // The written questions are done: the quiz round, if there is one and it is not over.
    if (mock.checks.length && !mock.quizEndedAt) return <QuizPage mock={mock} userId={user.id} locale={locale} />;
    redirect({ href: `/mock/${id}/report`, locale });
  }
  const item = current!;
  const tr = await getTranslations({ locale, namespace: "review" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const tp = await getTranslations({ locale, namespace: "projects" });
  // The clock starts when the question is first shown, and a reload does not restart it.
  const now = new Date();
  const startedAt = item.answeredAt ? item.startedAt : await startItem(db, user.id, mock.id, item.id, now);
  const answerLabels: AnswerLabels = { ...Object.fromEntries(ANSWER_KEYS.map((k) => [k, t(k)])), submit: t("submitAnswer"), left: t("timeLeft"), over: t("overTime") } as AnswerLabels;
  const html = (h: string, i = 0) => <StoredHtml key={i} className="prose prose-p:my-0" html={h} locale={locale} />;
  // A written question grades against its key points and pitfall; a probe against its rubric and red flags.
  const rubric = item.question
    ? { points: item.question.faces.keyPoints.map(html), pitfall: html(item.question.faces.pitfall), labels: { keyPoints: tr("keyPoints"), pitfall: tr("pitfall"), pitfallHit: tr("pitfallHit") } }
    : { points: item.probe.rubric.map(html), pitfall: <ul className="list-disc pl-5">{item.probe.redFlags.map((f, i) => <li key={i}>{html(f)}</li>)}</ul>, labels: { keyPoints: tp("grillRubric"), pitfall: tp("grillRedFlags"), pitfallHit: tp("grillRedFlagHit") } };
  return (
    <article>
      <p className="mb-2 text-sm text-muted">{t("position", { n: item.position + 1, total: mock.items.length })}</p>
      {item.question ? (
        <>
          <div className="mb-2"><LevelBadge level={item.question.level} /></div>
          <QuestionTitle zh={item.question.titleZh} en={item.question.titleEn} locale={locale} note={tc("chineseBody")} />
          {item.question.faces.stem && <StoredHtml className="prose mt-3" html={item.question.faces.stem} locale={locale} />}
        </>
      ) : (
        <>
          <p className="mb-2 text-sm font-medium" data-testid="project-round">{t("projectRoundOn", { title: mock.projectTitle?.trim() || tp("untitled") })}</p>
          <ProbeTitle probe={item.probe} locale={locale} as="h1" by={item.probe.mentor && tp("probeBy", { name: item.probe.mentor })} />
        </>
      )}
      <div className="mt-6">
        {!item.answeredAt ? (
          <AnswerForm
            key={item.id} mockId={mock.id} itemId={item.id} limitSec={item.timeLimitSec}
            startedAt={(startedAt ?? now).toISOString()} serverNow={now.toISOString()}
            draft={{ text: item.draft ?? "", version: item.draftVersion }}
            answerLimits={inputLimits(answerSchema, "answer")} labels={answerLabels}
          />
        ) : (
          <>
            <details className="mb-4 rounded border border-line p-3 text-sm">
              <summary>{t("yourAnswer")}</summary>
              <p className="mt-2 whitespace-pre-wrap">{item.answer || "—"}</p>
            </details>
            <RubricForm key={item.id} mockId={mock.id} itemId={item.id} points={rubric.points} pitfall={rubric.pitfall} labels={{ ...rubric.labels, submit: t("submitGrade"), score: t("score") }} />
          </>
        )}
      </div>
    </article>
  );
}

type Mock = NonNullable<Awaited<ReturnType<typeof getMock>>>;

/** The quiz round; its clock starts at the first showing. Out of time, it ends here. */
async function QuizPage({ mock, userId, locale }: { mock: Mock; userId: string; locale: string }) {
  const now = new Date();
  const round = (await startQuiz(db, userId, mock.id, now))!;
  if (!quizOpen({ startedAt: round.quizStartedAt, endedAt: round.quizEndedAt, limitSec: round.quizLimitSec }, now)) {
    await endQuiz(db, userId, mock.id, now);
    redirect({ href: `/mock/${mock.id}/report`, locale });
  }
  const t = await getTranslations({ locale, namespace: "mock" });
  const open = mock.checks.filter((c) => !c.answeredAt);
  return (
    <article>
      <PageHeader title={t("quizTitle")} intro={t("quizIntro", { n: mock.checks.length, limit: formatClock(mock.quizLimitSec) })} />
      <QuizRound
        mockId={mock.id} checks={open.map((c) => ({ id: c.id, faces: c.faces }))} answeredBefore={mock.checks.length - open.length}
        limitSec={mock.quizLimitSec} startedAt={(round.quizStartedAt ?? now).toISOString()} serverNow={now.toISOString()} locale={locale}
        labels={{ position: t("quizPosition", { n: "{n}", total: mock.checks.length }), left: t("timeLeft"), endQuiz: t("endQuiz"), timeUp: t("quizTimeUp") }}
        checkLabels={await checkLabels(locale)}
      />
    </article>
  );
}
