import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { nextPath } from "@/lib/auth/schema";
import { SignupForm } from "./_components/signup-form";

export default async function SignupPage({ params, searchParams }: PageProps<"/[locale]/signup">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const next = nextPath.parse((await searchParams).next ?? "/study");
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-semibold">{t("signUpTitle")}</h1>
      <SignupForm next={next} labels={{ name: t("name"), email: t("email"), password: t("password"), passwordHint: t("passwordHint"), submit: t("signUp") }} />
      <p className="mt-6 text-sm text-muted">
        {t("haveAccount")} <Link href="/login">{t("signIn")}</Link>
      </p>
    </div>
  );
}
