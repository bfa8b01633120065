import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { listUsers } from "@/lib/admin/queries";
import { ROLES, isRole, type Role } from "@/lib/auth/roles";
import { formatDay } from "@/lib/time/format";
import { timeZoneOf } from "@/lib/time/viewer";
import { PageHeader } from "@/components/ui/page-header";
import { RoleForm } from "./_components/role-form";

export default async function AdminUsersPage({ params }: PageProps<"/[locale]/admin/users">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requirePageUser("/admin/users", ["admin"]);
  const t = await getTranslations({ locale, namespace: "admin" });
  const tRoles = await getTranslations({ locale, namespace: "roles" });
  const [users, timeZone] = await Promise.all([listUsers(), timeZoneOf(admin.id)]);
  const roleLabels = Object.fromEntries(ROLES.map((r) => [r, tRoles(r)])) as Record<Role, string>;
  const cell = "border-b border-line px-3 py-2 text-left align-middle";
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-sm">
          <thead>
            <tr>
              <th scope="col" className={cell}>{t("name")}</th>
              <th scope="col" className={cell}>{t("email")}</th>
              <th scope="col" className={cell}>{t("joined")}</th>
              <th scope="col" className={cell}>{t("role")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                {/* A long name or address wraps inside its column instead of pushing the controls off screen. */}
                <td className={`${cell} max-w-56 [overflow-wrap:anywhere]`}>{u.name}</td>
                <td className={`${cell} max-w-64 [overflow-wrap:anywhere]`}>{u.email}</td>
                <td className={`${cell} whitespace-nowrap`}>{formatDay(u.createdAt, timeZone, locale)}</td>
                <td className={`${cell} whitespace-nowrap`}>
                  <RoleForm userId={u.id} role={isRole(u.role) ? u.role : "candidate"} label={t("roleFor", { name: u.name })} roleLabels={roleLabels} submit={t("change")} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
