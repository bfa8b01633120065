import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pick } from "@/lib/i18n-text";
import type { DirectionCalibration, QuestionCalibration } from "@/lib/checks/calibration";

type Props = {
  calibration: { directions: DirectionCalibration[]; questions: QuestionCalibration[] };
  directions: { slug: string; order: number; titleZh: string; titleEn: string }[];
  titles: Map<string, { titleZh: string; titleEn: string }>;
  locale: string;
  /** A mentor's view of a mentee: the sentence names them. */
  subject?: string;
};

const pct = (x: number) => Math.round(x * 100);

/** Self-grades against check results, per direction, and the questions where they differ most. */
export async function CalibrationSection({ calibration, directions, titles, locale, subject }: Props) {
  const t = await getTranslations({ locale, namespace: "progress" });
  const name = new Map(directions.map((d) => [d.slug, pick(locale, d.titleZh, d.titleEn)]));
  const rows = [...calibration.directions].sort((a, b) => b.gap - a.gap);
  const worst = rows[0];
  const gaps = calibration.questions.filter((q) => q.gap > 0).slice(0, 5);
  const line = worst && { direction: name.get(worst.direction) ?? worst.direction, self: pct(worst.self.rate), checks: pct(worst.checks.rate) };
  return (
    <section className="mb-10" aria-labelledby="calibration" data-testid="calibration">
      <h2 id="calibration" className="mb-2 text-lg font-semibold">{t("calibration")}</h2>
      <p className="mb-3 text-sm text-muted">{t("calibrationHelp")}</p>
      {!worst ? (
        <p className="text-sm">{t("calibrationEmpty")}</p>
      ) : (
        <>
          <p className="mb-3" data-testid="calibration-line">{line && (subject ? t("calibrationLineOf", { ...line, name: subject }) : t("calibrationLine", line))}</p>
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left text-muted">
                <th scope="col" className="py-1">{t("direction")}</th>
                <th scope="col" className="py-1 text-right">{t("selfCol")}</th>
                <th scope="col" className="py-1 text-right">{t("checksCol")}</th>
                <th scope="col" className="py-1 text-right">{t("gapCol")}</th>
                <th scope="col" className="py-1 text-right">{t("questionsCol")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.direction} className="border-t border-line tabular-nums">
                  <th scope="row" className="py-2 text-left font-normal">{name.get(r.direction) ?? r.direction}</th>
                  <td className="py-2 text-right">{pct(r.self.rate)}%</td>
                  <td className="py-2 text-right">{pct(r.checks.rate)}%</td>
                  <td className={`py-2 text-right ${r.gap > 0.15 ? "text-bad" : ""}`}>{r.gap > 0 ? "+" : ""}{pct(r.gap)}</td>
                  <td className="py-2 text-right">{r.questions}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {gaps.length > 0 && (
            <>
              <h3 className="mb-2 mt-4 font-medium">{t("gapQuestions")}</h3>
              <ul className="space-y-1 text-sm" data-testid="calibration-gaps">
                {gaps.map((q) => {
                  const title = titles.get(q.questionId);
                  return (
                    <li key={q.questionId} className="flex flex-wrap items-baseline justify-between gap-2">
                      <Link href={`/questions/${q.questionId}`}>{title ? pick(locale, title.titleZh, title.titleEn) : q.questionId}</Link>
                      <span className="tabular-nums text-muted">
                        {pct(q.self.rate)}% → {pct(q.checks.rate)}% · <Link href={`/questions/${q.questionId}#checks`}>{t("retryChecks")}</Link>
                      </span>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
