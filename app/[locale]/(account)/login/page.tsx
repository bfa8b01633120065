import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { safeNextPath } from "@/lib/auth/next-path";
import { LoginForm } from "./_components/login-form";

export default async function LoginPage({ params, searchParams }: PageProps<"/[locale]/login">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const next = safeNextPath((await searchParams).next);
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-semibold">{t("signInTitle")}</h1>
      <LoginForm next={next} labels={{ email: t("email"), password: t("password"), submit: t("signIn") }} />
      <p className="mt-6 text-sm text-muted">
        {t("noAccount")} <Link href={next ? `/signup?next=${encodeURIComponent(next)}` : "/signup"}>{t("signUp")}</Link>
      </p>
    </div>
  );
}
