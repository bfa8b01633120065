import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { ROLES } from "@/lib/auth/roles";
import { adminOverview } from "@/lib/admin/queries";
import { formatDateTime } from "@/lib/time/format";
import { timeZoneOf } from "@/lib/time/viewer";
import { PageHeader } from "@/components/ui/page-header";

export default async function AdminPage({ params }: PageProps<"/[locale]/admin">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requirePageUser("/admin", ["admin"]);
  const t = await getTranslations({ locale, namespace: "admin" });
  const tRoles = await getTranslations({ locale, namespace: "roles" });
  const [overview, timeZone] = await Promise.all([adminOverview(), timeZoneOf(admin.id)]);
  const tile = "rounded-lg border border-line p-4";
  return (
    <>
      <PageHeader title={t("overviewTitle")} intro={t("overviewIntro")} />
      <section aria-labelledby="people" className="mb-8">
        <h2 id="people" className="mb-3 text-lg font-semibold">{t("people")}</h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {ROLES.map((role) => (
            <div key={role} className={tile}><dt className="text-xs text-muted">{tRoles(role)}</dt><dd className="text-xl font-semibold tabular-nums">{overview.roles.get(role) ?? 0}</dd></div>
          ))}
          <div className={tile}><dt className="text-xs text-muted">{t("newThisWeek")}</dt><dd className="text-xl font-semibold tabular-nums">{overview.newUsers}</dd></div>
        </dl>
        <p className="mt-3"><Link href="/admin/users">{t("manageUsers")} →</Link></p>
      </section>
      <section aria-labelledby="content" className="mb-8">
        <h2 id="content" className="mb-3 text-lg font-semibold">{t("content")}</h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <div className={tile}><dt className="text-xs text-muted">{t("questions")}</dt><dd className="text-xl font-semibold tabular-nums">{overview.questions}</dd></div>
          <div className={tile}><dt className="text-xs text-muted">{t("notes")}</dt><dd className="text-xl font-semibold tabular-nums">{overview.notes}</dd></div>
          <div className={tile}><dt className="text-xs text-muted">{t("cohorts")}</dt><dd className="text-xl font-semibold tabular-nums">{overview.cohorts}</dd></div>
          <div className={tile}><dt className="text-xs text-muted">{t("ingestedAt")}</dt><dd className="font-semibold">{overview.ingestedAt ? formatDateTime(overview.ingestedAt, timeZone, locale) : "—"}</dd></div>
        </dl>
      </section>
      <section aria-labelledby="maintenance">
        <h2 id="maintenance" className="mb-3 text-lg font-semibold">{t("dataMigrations")}</h2>
        {overview.dataMigrations.length === 0 ? (
          <p className="text-sm text-muted">{t("noDataMigrations")}</p>
        ) : (
          <ul className="text-sm">
            {overview.dataMigrations.map((m) => (
              <li key={m.id}><code>{m.id}</code> · {formatDateTime(m.appliedAt, timeZone, locale)} · {t("rowsRewritten", { n: m.changed })}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
