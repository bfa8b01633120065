import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { progressOf } from "@/lib/practice/progress-queries";
import { listDirections } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { PageHeader } from "@/components/ui/page-header";
import { Heatmap } from "@/components/charts/heatmap";
import { BarChart } from "@/components/charts/bar-chart";
import { LineChart } from "@/components/charts/line-chart";
import { calibrationOf } from "@/lib/checks/calibration-queries";
import { CalibrationSection } from "@/components/checks/calibration-section";
import { questionTitles } from "@/lib/content/queries";

export default async function ProgressPage({ params }: PageProps<"/[locale]/progress">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser("/progress");
  const t = await getTranslations({ locale, namespace: "progress" });
  const [p, directions, calibration] = await Promise.all([progressOf(user.id), listDirections(), calibrationOf(user.id)]);
  const titles = await questionTitles(calibration.questions.slice(0, 5).map((q) => q.questionId));
  const tomorrow = p.forecast[1]?.[1] ?? 0;
  const week = p.forecast.slice(0, 7).reduce((n, [, c]) => n + c, 0);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { tz: p.timeZone })} />
      <dl className="mb-8 grid grid-cols-2 gap-4 sm:grid-cols-5">
        {[
          [t("streak"), t("days", { n: p.streak })],
          [t("reviews"), String(p.totalReviews)],
          [t("seen"), String(p.seenCards)],
          [t("tomorrow"), String(tomorrow)],
          [t("week"), String(week)],
        ].map(([k, v]) => (
          <div key={k} className="rounded-lg border border-line p-3">
            <dt className="text-xs text-muted">{k}</dt>
            <dd className="text-2xl font-semibold" data-testid={k === t("tomorrow") ? "forecast-tomorrow" : k === t("week") ? "forecast-week" : undefined}>{v}</dd>
          </div>
        ))}
      </dl>
      <section className="mb-10" aria-labelledby="heatmap">
        <h2 id="heatmap" className="mb-2 text-lg font-semibold">{t("heatmap")}</h2>
        <Heatmap days={p.heatmap} locale={locale} unit={t("reviewsUnit")} caption={(total, max) => t("heatmapCaption", { total, max })} />
      </section>
      <section className="mb-10" aria-labelledby="forecast">
        <h2 id="forecast" className="mb-2 text-lg font-semibold">{t("forecast")}</h2>
        <BarChart data={p.forecast} label={t("forecastLabel")} />
      </section>
      <section className="mb-10" aria-labelledby="retention">
        <h2 id="retention" className="mb-2 text-lg font-semibold">{t("retention")}</h2>
        <p className="mb-2 text-sm text-muted">{t("retentionHelp")}</p>
        <LineChart points={p.retention.map((r) => ({ key: r.week, value: r.passRate, n: r.reviews }))} label={t("retentionLabel")} empty={t("retentionEmpty")} />
      </section>
      <CalibrationSection calibration={calibration} directions={directions} titles={titles} locale={locale} />
      <section aria-labelledby="mastery">
        <h2 id="mastery" className="mb-2 text-lg font-semibold">{t("mastery")}</h2>
        <p className="mb-3 text-sm text-muted">{t("masteryHelp")}</p>
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left text-muted">
              <th scope="col" className="py-1">{t("direction")}</th>
              <th scope="col" className="py-1">{t("masteryCol")}</th>
              <th scope="col" className="whitespace-nowrap py-1 pl-3 text-right">{t("seenCol")}</th>
            </tr>
          </thead>
          <tbody>
            {directions.map((d) => {
              const m = p.mastery.get(d.slug) ?? { mean: 0, cards: 0, seen: 0 };
              const pct = Math.round(m.mean * 100);
              return (
                <tr key={d.slug} className="border-t border-line">
                  <th scope="row" className="py-2 pr-3 text-left font-normal">{d.order}. {pick(locale, d.titleZh, d.titleEn)}</th>
                  <td className="w-1/2 py-2">
                    <div className="flex items-center gap-2">
                      <div className="h-2 flex-1 rounded bg-surface-2" aria-hidden="true">
                        <div className="h-2 rounded bg-accent" style={{ width: `${pct}%` }} />
                      </div>
                      <span className="w-10 text-right tabular-nums">{pct}%</span>
                    </div>
                  </td>
                  <td className="py-2 text-right tabular-nums">{m.seen}/{m.cards}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
