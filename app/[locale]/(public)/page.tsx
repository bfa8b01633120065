import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { corpusCounts } from "@/lib/content/queries";
import { getCurrentUser } from "@/lib/auth";
import { ContinuePanel } from "./_components/continue-panel";

/** Anonymous visitors get the introduction; a signed-in user, the way back into today's work. */
export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (user) return <ContinuePanel user={user} locale={locale} />;
  const t = await getTranslations({ locale, namespace: "home" });
  const counts = await corpusCounts();
  const roles = [
    { title: t("candidates"), text: t("candidatesText"), href: "/questions", cta: t("startQuestions") },
    { title: t("recruiters"), text: t("recruitersText"), href: "/talk-tracks", cta: t("startTalkTracks") },
    { title: t("mentors"), text: t("mentorsText"), href: "/directions", cta: t("startDirections") },
  ];
  return (
    <div>
      <section className="py-6">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Rollout</h1>
        <p className="mt-2 text-lg">{t("tagline")}</p>
        <p className="mt-4 max-w-3xl text-muted">{t("intro")}</p>
        <p className="mt-4 text-sm text-muted">{t("stats", counts)}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/directions" className="rounded bg-accent px-4 py-2 text-accent-fg">
            {t("startDirections")}
          </Link>
          <Link href="/questions" className="rounded border border-line px-4 py-2 hover:bg-surface-2">
            {t("startQuestions")}
          </Link>
        </div>
      </section>
      <section className="mt-8 grid gap-4 sm:grid-cols-3">
        {roles.map((r) => (
          <div key={r.title} className="rounded-lg border border-line p-4">
            <h2 className="font-semibold">{r.title}</h2>
            <p className="mt-2 text-sm text-muted">{r.text}</p>
            <Link href={r.href} className="mt-3 inline-block text-sm text-accent">
              {r.cta} →
            </Link>
          </div>
        ))}
      </section>
    </div>
  );
}
