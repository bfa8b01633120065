import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { signOut } from "@/lib/auth/actions";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm, DeleteAccountForm } from "./_components/settings-forms";

export default async function SettingsPage({ params }: PageProps<"/[locale]/settings">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser("/settings");
  const t = await getTranslations({ locale, namespace: "settings" });
  const tAuth = await getTranslations({ locale, namespace: "auth" });
  const tRoles = await getTranslations({ locale, namespace: "roles" });
  return (
    <div className="max-w-xl">
      <PageHeader title={t("title")} />
      <section aria-labelledby="profile" className="mb-10">
        <h2 id="profile" className="mb-2 text-lg font-semibold">{t("profile")}</h2>
        <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
          <dt className="text-muted">{tAuth("name")}</dt>
          <dd>{user.name}</dd>
          <dt className="text-muted">{tAuth("email")}</dt>
          <dd>{user.email}</dd>
          <dt className="text-muted">{t("role")}</dt>
          <dd>{tRoles(user.role)}</dd>
        </dl>
        <ActionForm action={signOut} submit={tAuth("signOut")} variant="secondary" className="mt-4" />
      </section>
      <section aria-labelledby="password" className="mb-10">
        <h2 id="password" className="mb-3 text-lg font-semibold">{t("changePassword")}</h2>
        <ChangePasswordForm labels={{ current: t("currentPassword"), next: t("newPassword"), confirm: t("confirmPassword"), hint: tAuth("passwordHint"), save: t("save") }} />
      </section>
      <section aria-labelledby="delete" className="rounded-lg border border-bad p-4">
        <h2 id="delete" className="mb-2 text-lg font-semibold text-bad">{t("deleteTitle")}</h2>
        <p className="mb-4 text-sm">{t("deleteText")}</p>
        <DeleteAccountForm labels={{ password: tAuth("password"), confirm: t("deleteConfirm"), submit: t("deleteButton") }} />
      </section>
    </div>
  );
}
