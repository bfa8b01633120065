import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { queueFor } from "@/lib/practice/review-service";
import { planOrderFor } from "@/lib/plans/order";
import { PageHeader } from "@/components/ui/page-header";

export default async function StudyPage({ params }: PageProps<"/[locale]/study">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser("/study");
  const t = await getTranslations({ locale, namespace: "study" });
  const queue = await queueFor(db, user.id, new Date(), { limit: 1, planOrder: await planOrderFor(db, user.id) });
  const tiles = [
    { href: "/review", title: t("review"), text: t("reviewText", { due: queue.dueCount, fresh: queue.newLeftToday }) },
    { href: "/plans", title: t("plans"), text: t("plansText") },
    { href: "/mock", title: t("mock"), text: t("mockText") },
    { href: "/progress", title: t("progress"), text: t("progressText") },
    { href: "/questions", title: t("drill"), text: t("drillText") },
    { href: "/study/settings", title: t("settings"), text: t("settingsText") },
  ];
  return (
    <>
      <PageHeader title={t("title")} intro={`${t("welcome", { name: user.name })} ${t("intro")}`} />
      {queue.plan && <p className="mb-6 rounded border border-accent px-3 py-2 text-sm">{t("interview", { days: queue.plan.daysLeft })}</p>}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {tiles.map((tile) => (
          <li key={tile.href} className="rounded-lg border border-line p-4">
            <Link href={tile.href} className="font-semibold">{tile.title}</Link>
            <p className="mt-1 text-sm text-muted">{tile.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
