import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { cohortsOf } from "@/lib/mentor/queries";
import { createCohort } from "@/lib/mentor/actions";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm } from "@/components/ui/action-form";
import { inputLimits } from "@/lib/forms/limits";
import { cohortSchema } from "@/lib/mentor/schema";
import { totalBy, unreadIn } from "@/lib/mentor/unread";
import { db } from "@/lib/db";

export default async function MentorPage({ params }: PageProps<"/[locale]/mentor">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser("/mentor", ["mentor", "admin"]);
  const t = await getTranslations({ locale, namespace: "mentor" });
  const cohorts = await cohortsOf(user.id);
  const assignments = await db.assignment.findMany({ where: { cohortId: { in: cohorts.map((c) => c.id) } }, select: { id: true, cohortId: true } });
  const cohortOf = new Map(assignments.map((a) => [a.id, a.cohortId]));
  const unread = totalBy(await unreadIn(db, user.id, assignments.map((a) => a.id)), (assignmentId) => cohortOf.get(assignmentId)!);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ul className="mb-8 grid gap-3 sm:grid-cols-2">
        {cohorts.map((c) => (
          <li key={c.id} className="rounded-lg border border-line p-4">
            <div className="flex flex-wrap items-center gap-2">
              <Link href={`/mentor/cohorts/${c.id}`} className="font-semibold">{c.name}</Link>
              {(unread.get(c.id) ?? 0) > 0 && <span className="rounded bg-accent px-1.5 py-0.5 text-xs text-accent-fg" data-testid="unread-badge">{t("unread", { n: unread.get(c.id)! })}</span>}
            </div>
            <p className="text-sm text-muted">{t("cohortCounts", { members: c._count.members, assignments: c._count.assignments })}</p>
          </li>
        ))}
        {cohorts.length === 0 && <li className="text-sm text-muted">{t("noCohorts")}</li>}
      </ul>
      <section aria-labelledby="new-cohort" className="max-w-md">
        <h2 id="new-cohort" className="mb-2 text-lg font-semibold">{t("newCohort")}</h2>
        <ActionForm action={createCohort} submit={t("create")} fields={{ name: t("cohortName") }}>
          <label className="mb-3 block text-sm">
            {t("cohortName")}
            <input name="name" {...inputLimits(cohortSchema, "name")} className="mt-1 w-full rounded border border-line bg-surface px-3 py-2" />
          </label>
        </ActionForm>
      </section>
    </>
  );
}
