import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LocaleSwitch } from "./locale-switch";
import { ThemeToggle } from "./theme-toggle";
import { AccountMenu } from "./account-menu";

const NAV = [
  ["directions", "/directions"],
  ["questions", "/questions"],
  ["exercises", "/exercises"],
  ["notes", "/notes"],
  ["plans", "/plans"],
  ["talkTracks", "/talk-tracks"],
  ["papers", "/papers"],
  ["models", "/models"],
] as const;

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const ta = await getTranslations({ locale, namespace: "auth" });
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Rollout
        </Link>
        <nav aria-label={t("main")} className="order-4 w-full overflow-x-auto sm:order-none sm:w-auto">
          <ul className="flex gap-4 whitespace-nowrap text-sm">
            {NAV.map(([key, href]) => (
              <li key={key}>
                <Link href={href} className="text-muted hover:text-fg">
                  {t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {/* On a phone: brand and switches, then the account's places, then the site's sections. */}
        <div className="order-3 min-h-6 w-full text-sm sm:order-none sm:ml-auto sm:min-h-0 sm:w-auto">
          <AccountMenu labels={{ signIn: ta("signIn"), signUp: ta("signUp"), myStudy: ta("myStudy"), review: ta("review"), mock: ta("mock"), projects: ta("projects"), settings: ta("settings"), admin: ta("admin"), mentor: ta("mentor"), recruiter: ta("recruiter") }} />
        </div>
        <div className="order-2 ml-auto flex items-center gap-3 text-sm sm:order-none sm:ml-0">
          <LocaleSwitch label={t("language")} text={t("switchTo")} />
          <ThemeToggle labels={{ theme: t("theme"), light: t("themeLight"), dark: t("themeDark"), system: t("themeSystem") }} />
        </div>
      </div>
    </header>
  );
}
