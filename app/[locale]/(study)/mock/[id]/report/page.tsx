import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { reportOf } from "@/lib/mock/queries";
import { listDirections, listNotes } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { StoredHtml } from "@/components/markdown/stored-html";
import { PageHeader } from "@/components/ui/page-header";
import { LevelBadge } from "@/components/content/level-badge";

const pct = (x: number) => `${Math.round(x * 100)}%`;
const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;

export default async function MockReportPage({ params }: PageProps<"/[locale]/mock/[id]/report">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/mock/${id}/report`);
  const data = await reportOf(user.id, id);
  if (!data) notFound();
  const { mock, report } = data;
  const t = await getTranslations({ locale, namespace: "mock" });
  const [directions, notes] = await Promise.all([listDirections(), listNotes()]);
  const dirLabel = new Map(directions.map((d) => [d.slug, pick(locale, d.titleZh, d.titleEn)]));
  const byId = new Map(mock.items.map((i) => [i.questionId, i.question]));
  return (
    <article>
      <PageHeader title={t("reportTitle")} intro={t("reportIntro", { score: pct(report.overall), used: mmss(report.timeUsedSec), limit: mmss(report.timeLimitSec) })} />
      <section className="mb-8" aria-labelledby="by-direction">
        <h2 id="by-direction" className="mb-2 text-lg font-semibold">{t("byDirection")}</h2>
        <ul className="space-y-1 text-sm">
          {report.perDirection.map((d) => (
            <li key={d.direction}>{dirLabel.get(d.direction) ?? d.direction}: <strong>{pct(d.score)}</strong> ({t("questionsN", { n: d.questions })})</li>
          ))}
        </ul>
      </section>
      <ol className="space-y-6">
        {report.perQuestion.map((r) => {
          const q = byId.get(r.questionId)!;
          const questionDirections = new Set(q.directions.map((d) => d.directionSlug));
          const readMore = notes.filter((n) => n.directions.some((d) => questionDirections.has(d))).slice(0, 3);
          return (
            <li key={r.questionId} className="rounded-lg border border-line p-4">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <LevelBadge level={r.level} />
                <strong>{pct(r.score)}</strong>
                <span className={r.overTime ? "text-bad" : "text-muted"}>{t("timeUsed", { used: mmss(r.timeUsedSec) })}{r.overTime ? ` · ${t("overTime")}` : ""}</span>
                {r.pitfallHit && <span className="text-warn">{t("pitfallHit")}</span>}
              </div>
              <h2 className="mt-2 font-medium"><Link href={`/questions/${r.questionId}`}>{q.titleZh}</Link></h2>
              {r.missed.length > 0 && (
                <>
                  <h3 className="mt-3 text-sm font-semibold">{t("missed")}</h3>
                  <ul className="list-disc pl-5 text-sm">{r.missed.map((m, i) => <li key={i}><StoredHtml className="prose prose-p:my-0 text-sm" html={m} locale={locale} /></li>)}</ul>
                </>
              )}
              {readMore.length > 0 && (
                <p className="mt-3 text-sm">{t("readNotes")}: {readMore.map((n, i) => <span key={n.slug}>{i ? " · " : ""}<Link href={`/notes/${n.slug}`}>{pick(locale, n.titleZh, n.titleEn)}</Link></span>)}</p>
              )}
            </li>
          );
        })}
      </ol>
      <p className="mt-8"><Link href="/mock">{t("backToMocks")}</Link></p>
    </article>
  );
}
