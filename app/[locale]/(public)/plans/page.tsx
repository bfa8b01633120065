import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listPlans } from "@/lib/plans/queries";
import { pick } from "@/lib/i18n-text";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { MyPlanBadge } from "./_components/my-plan-badge";

export default async function PlansPage({ params }: PageProps<"/[locale]/plans">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "plans" });
  const plans = await listPlans();
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {plans.map((p) => {
          const days = p.modules.reduce((n, m) => n + m.days, 0);
          return (
            <li key={p.slug} className="rounded-lg border border-line p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Link href={`/plans/${p.slug}`} className="font-semibold">{pick(locale, p.titleZh, p.titleEn)}</Link>
                <MyPlanBadge slug={p.slug} labels={{ active: t.raw("enrolled"), paused: t.raw("enrolledPaused") }} />
              </div>
              <p className="mt-1 text-sm text-muted">{pick(locale, p.summaryZh, p.summaryEn)}</p>
              <p className="mt-2 flex flex-wrap gap-2 text-xs">
                <Badge>{t("length", { days, weeks: Math.round(days / 7) })}</Badge>
                <Badge>{t("modulesN", { n: p.modules.length })}</Badge>
                {p.audiences.map((a) => <Badge key={a} tone="accent">{t(`audience.${a}`)}</Badge>)}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
