import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { cohortsOf } from "@/lib/mentor/queries";
import { createCohort } from "@/lib/mentor/actions";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm } from "@/components/ui/action-form";
import { inputLimits } from "@/lib/forms/limits";
import { cohortSchema } from "@/lib/mentor/schema";

export default async function MentorPage({ params }: PageProps<"/[locale]/mentor">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser("/mentor", ["mentor", "admin"]);
  const t = await getTranslations({ locale, namespace: "mentor" });
  const cohorts = await cohortsOf(user.id);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ul className="mb-8 grid gap-3 sm:grid-cols-2">
        {cohorts.map((c) => (
          <li key={c.id} className="rounded-lg border border-line p-4">
            <Link href={`/mentor/cohorts/${c.id}`} className="font-semibold">{c.name}</Link>
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
