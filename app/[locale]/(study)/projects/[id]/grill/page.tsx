import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { myProject } from "@/lib/projects/queries";
import { nextProbes } from "@/lib/projects/grill-service";
import { GRILL_SESSION, PROBE_ANSWER_SEC } from "@/lib/projects/grill";
import { probesById } from "@/lib/projects/probes";
import { ProbeTitle } from "@/components/projects/probe-title";
import { PageHeader } from "@/components/ui/page-header";
import { GrillCard, type GrillLabels } from "../../_components/grill-card";

export default async function GrillPage({ params, searchParams }: PageProps<"/[locale]/projects/[id]/grill">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/projects/${id}/grill`);
  const project = await myProject(user.id, id);
  if (!project) notFound();
  const done = Math.max(0, Math.min(GRILL_SESSION, Number((await searchParams).done) || 0));
  const [t, tr] = await Promise.all([getTranslations({ locale, namespace: "projects" }), getTranslations({ locale, namespace: "review" })]);
  const title = project.story.title?.trim() || t("untitled");
  const order = done < GRILL_SESSION ? ((await nextProbes(db, user.id, project.id)) ?? []) : [];
  const probe = order[0] ? (await probesById(db, project.id, [order[0]])).get(order[0]) : undefined;
  const labels: GrillLabels = {
    answer: t("grillAnswer"), left: t("grillLeft"), over: t("grillOver"), reveal: t("grillReveal"), rubric: t("grillRubric"), redFlags: t("grillRedFlags"),
    redFlagHit: t("grillRedFlagHit"), suggested: t("grillSuggested"), error: t("grillError"),
    ratings: { 1: tr("grade1"), 2: tr("grade2"), 3: tr("grade3"), 4: tr("grade4") },
  };
  return (
    <article>
      <PageHeader title={t("grillTitle", { title })} intro={t("grillIntro", { n: GRILL_SESSION })} />
      <p className="mb-6 text-sm"><Link href={`/projects/${project.id}`}>← {title}</Link></p>
      {probe ? (
        <section aria-labelledby="probe" className="rounded-lg border border-line p-4">
          <p className="mb-1 text-sm text-muted" data-testid="grill-position">{t("grillPosition", { n: done + 1, total: GRILL_SESSION })}</p>
          <ProbeTitle probe={probe} locale={locale} as="h2" id="probe" by={probe.mentor && t("probeBy", { name: probe.mentor })} />
          <div className="mt-4">
            <GrillCard key={probe.id} projectId={project.id} probe={probe} limitSec={PROBE_ANSWER_SEC} next={`/projects/${project.id}/grill?done=${done + 1}`} locale={locale} labels={labels} />
          </div>
        </section>
      ) : (
        <section className="rounded-lg border border-good p-4" data-testid="grill-done">
          <p>{done >= GRILL_SESSION ? t("grillDone", { n: done }) : t("grillNothing")}</p>
          <p className="mt-3 flex flex-wrap gap-4 text-sm">
            <Link href={`/projects/${project.id}/grill`}>{t("grillAgain")}</Link>
            <Link href={`/projects/${project.id}`}>{t("grillBack")}</Link>
          </p>
        </section>
      )}
    </article>
  );
}
