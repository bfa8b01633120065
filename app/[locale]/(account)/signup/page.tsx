import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { signUpSchema } from "@/lib/auth/schema";
import { safeNextPath } from "@/lib/auth/next-path";
import { inputLimits } from "@/lib/forms/limits";
import { SignupForm } from "./_components/signup-form";

export default async function SignupPage({ params, searchParams }: PageProps<"/[locale]/signup">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const next = safeNextPath((await searchParams).next);
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-semibold">{t("signUpTitle")}</h1>
      <SignupForm next={next} nameLimits={inputLimits(signUpSchema, "name")} labels={{ name: t("name"), email: t("email"), password: t("password"), passwordHint: t("passwordHint"), submit: t("signUp") }} />
      <p className="mt-6 text-sm text-muted">
        {t("haveAccount")} <Link href={next ? `/login?next=${encodeURIComponent(next)}` : "/login"}>{t("signIn")}</Link>
      </p>
    </div>
  );
}
