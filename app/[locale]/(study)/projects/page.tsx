import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { listDirections } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { dueProbeCounts, myProjects } from "@/lib/projects/queries";
import { createProject } from "@/lib/projects/actions";
import { storyGaps } from "@/lib/projects/completeness";
import { overlappingPairs } from "@/lib/projects/overlap";
import { formatDateTime } from "@/lib/time/format";
import { timeZoneOf } from "@/lib/time/viewer";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm } from "@/components/ui/action-form";

export default async function ProjectsPage({ params }: PageProps<"/[locale]/projects">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser("/projects");
  const t = await getTranslations({ locale, namespace: "projects" });
  const [projects, directions, timeZone, takes, due] = await Promise.all([
    myProjects(user.id), listDirections(), timeZoneOf(user.id),
    db.directionTake.findMany({ where: { userId: user.id }, select: { direction: true, text: true } }),
    dueProbeCounts(user.id),
  ]);
  // The directions the projects target (all of them before any project says).
  const targeted = new Set(projects.flatMap((p) => p.directions));
  const takeDirections = directions.filter((d) => !targeted.size || targeted.has(d.slug));
  const written = new Set(takes.filter((x) => x.text.trim()).map((x) => x.direction));
  const dirLabel = new Map(directions.map((d) => [d.slug, pick(locale, d.titleZh, d.titleEn)]));
  const titleOf = new Map(projects.map((p) => [p.id, p.story.title?.trim() || t("untitled")]));
  const overlaps = overlappingPairs(projects.map((p) => ({ id: p.id, story: p.story })));
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <section aria-labelledby="list" className="mb-10">
        <h2 id="list" className="sr-only">{t("title")}</h2>
        {projects.length === 0 ? <p className="text-sm text-muted">{t("none")}</p> : (
          <ul className="divide-y divide-line border-y border-line" data-testid="project-list">
            {projects.map((p) => {
              const gaps = storyGaps(p.story).length;
              return (
                <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
                  <span>
                    <Link href={`/projects/${p.id}`} className="font-medium">{titleOf.get(p.id)}</Link>
                    <span className="ml-2 text-xs text-muted">{p.directions.map((d) => dirLabel.get(d) ?? d).join(" · ")}</span>
                  </span>
                  <span className={`text-sm ${gaps ? "text-warn" : "text-good"}`}>
                    {/* Probes asked before come back when due, per project, like any card. */}
                    {due.get(p.id) ? <><Link href={`/projects/${p.id}/grill`} className="text-accent">{t("probesDue", { n: due.get(p.id)! })}</Link> · </> : null}
                    {gaps ? t("gapsN", { n: gaps }) : t("complete")} · <span className="text-muted">{t("updated", { date: formatDateTime(p.updatedAt, timeZone, locale) })}</span>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="repetition" className="mb-10 max-w-3xl">
        <h2 id="repetition" className="mb-2 text-lg font-semibold">{t("repetition")}</h2>
        <p className="mb-2 text-sm">{t("repetitionIntro")}</p>
        <p className="mb-3 text-xs text-muted">{t("repetitionHow")}</p>
        {overlaps.length === 0 ? <p className="text-sm text-good">{t("repetitionNone")}</p> : (
          <ul className="space-y-3" data-testid="overlaps">
            {overlaps.map((o) => (
              <li key={`${o.a}~${o.b}`} className="rounded border border-warn p-3 text-sm">
                <p className="font-medium">{t("overlapPair", { a: titleOf.get(o.a)!, b: titleOf.get(o.b)!, pct: `${Math.round(o.score * 100)}%` })}</p>
                <p className="mt-1 text-muted">{t("sharedTerms")}：{o.shared.slice(0, 24).join("、")}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="takes" className="mb-10 max-w-3xl">
        <h2 id="takes" className="mb-2 text-lg font-semibold">{t("takes")}</h2>
        <p className="mb-3 text-sm">{t("takesIntro")}</p>
        <ul className="grid gap-1 text-sm sm:grid-cols-2" data-testid="takes">
          {takeDirections.map((d) => (
            <li key={d.slug}><Link href={`/projects/takes/${d.slug}`}>{dirLabel.get(d.slug)}</Link> <span className={written.has(d.slug) ? "text-good" : "text-muted"}>· {written.has(d.slug) ? t("takeWritten") : t("takeNotYet")}</span></li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new" className="max-w-xl">
        <h2 id="new" className="mb-2 text-lg font-semibold">{t("new")}</h2>
        <ActionForm action={createProject} submit={t("create")} fields={{ title: t("newTitle"), directions: t("newDirections") }} className="rounded-lg border border-line p-4">
          <label className="mb-3 block text-sm">{t("newTitle")}
            <input name="title" required maxLength={120} className="mt-1 w-full rounded border border-line bg-surface px-3 py-2" />
          </label>
          <fieldset className="mb-3 text-sm">
            <legend className="mb-1">{t("newDirections")}</legend>
            <div className="grid gap-1 sm:grid-cols-2">
              {directions.map((d) => <label key={d.slug} className="flex items-center gap-2"><input type="checkbox" name="directions" value={d.slug} /> {dirLabel.get(d.slug)}</label>)}
            </div>
          </fieldset>
        </ActionForm>
      </section>
    </>
  );
}
