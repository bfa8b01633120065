import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pick } from "@/lib/i18n-text";
import { StoredHtml } from "@/components/markdown/stored-html";
import { formatClock } from "@/lib/time/format";
import type { CheckFaces } from "@/lib/checks/present";
import type { CheckResponse } from "@/lib/checks/grade";
import type { reportOf } from "@/lib/mock/queries";

type Quiz = NonNullable<NonNullable<Awaited<ReturnType<typeof reportOf>>>["quiz"]>;

/** An answer as the candidate saw it: the options' own text, in the order given. */
function Answer({ faces, response, locale }: { faces: CheckFaces; response: CheckResponse | null; locale: string }) {
  if (!response) return <span>—</span>;
  if ("value" in response) return <span>{response.value}{faces.unit ? ` ${faces.unit}` : ""}</span>;
  const html = new Map(faces.choices.map((c) => [c.token, c.html]));
  const List = faces.type === "order" ? "ol" : "ul";
  return (
    <List className={`${faces.type === "order" ? "list-decimal" : "list-disc"} pl-5`}>
      {response.tokens.map((t) => <li key={t}><StoredHtml className="prose prose-p:my-0" html={html.get(t) ?? ""} locale={locale} /></li>)}
    </List>
  );
}

/** The quiz round in a mock's report: the score, per direction, and each check explained. */
export async function QuizReport({ quiz, dirLabel, locale }: { quiz: Quiz; dirLabel: Map<string, string>; locale: string }) {
  const t = await getTranslations({ locale, namespace: "mock" });
  const { report } = quiz;
  return (
    <section className="mt-10" aria-labelledby="quiz-round">
      <h2 id="quiz-round" className="mb-2 text-lg font-semibold">{t("quizTitle")}</h2>
      <p className="mb-2 text-sm" data-testid="quiz-score">{t("quizScore", { right: report.right, total: report.total, used: formatClock(quiz.usedSec), limit: formatClock(quiz.limitSec) })}</p>
      {report.perDirection.length > 1 && (
        <ul className="mb-4 space-y-1 text-sm" aria-label={t("quizByDirection")}>
          {report.perDirection.map((d) => <li key={d.direction}>{dirLabel.get(d.direction) ?? d.direction}: <strong>{d.right}/{d.total}</strong></li>)}
        </ul>
      )}
      <ol className="space-y-4">
        {quiz.checks.map((c) => {
          const verdict = c.correct === null ? "quizUnanswered" : c.correct ? "quizRight" : "quizWrong";
          return (
            <li key={c.id} className={`rounded-lg border p-4 ${c.correct ? "border-good" : "border-bad"}`} data-testid="quiz-report-check">
              <p className={`text-sm font-semibold ${c.correct ? "text-good" : "text-bad"}`}>{t(verdict)}</p>
              <StoredHtml className="prose mt-1" html={locale === "en" ? c.faces.prompt.en : c.faces.prompt.zh} locale={locale} />
              <div className="mt-3 grid gap-4 text-sm md:grid-cols-2">
                <div><h3 className="font-semibold">{t("givenAnswer")}</h3><Answer faces={c.faces} response={c.given} locale={locale} /></div>
                <div><h3 className="font-semibold">{t("rightAnswer")}</h3><Answer faces={c.faces} response={c.right} locale={locale} /></div>
              </div>
              <div className="mt-3 text-sm"><h3 className="font-semibold">{t("explain")}</h3><StoredHtml className="prose" html={c.explainHtml} locale={locale} /></div>
              {c.question && <p className="mt-2 text-sm"><Link href={`/questions/${c.question.id}#checks`}>{pick(locale, c.question.titleZh, c.question.titleEn)}</Link></p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
