import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listDirections } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { PageHeader } from "@/components/ui/page-header";
import { Stars } from "@/components/ui/stars";

const SORTS = ["order", "competition-desc", "competition-asc"] as const;
type Sort = (typeof SORTS)[number];

export default async function DirectionsPage({ params, searchParams }: PageProps<"/[locale]/directions">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const requested = (await searchParams).sort;
  const sort: Sort = SORTS.includes(requested as Sort) ? (requested as Sort) : "order";
  const t = await getTranslations({ locale, namespace: "directions" });
  const directions = await listDirections();
  if (sort !== "order") {
    const sign = sort === "competition-desc" ? -1 : 1;
    directions.sort((a, b) => sign * (a.competition - b.competition) || a.order - b.order);
  }
  const sortLinks: [Sort, string][] = [
    ["order", t("sortOrder")],
    ["competition-desc", t("sortCompetitionDesc")],
    ["competition-asc", t("sortCompetitionAsc")],
  ];
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <nav aria-label={t("sortBy")} className="mt-4 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted">{t("sortBy")}:</span>
          {sortLinks.map(([value, label]) => (
            <Link
              key={value}
              href={value === "order" ? "/directions" : `/directions?sort=${value}`}
              aria-current={sort === value ? "page" : undefined}
              className={`rounded border px-2 py-1 ${sort === value ? "border-accent text-accent" : "border-line hover:bg-surface-2"}`}
            >
              {label}
            </Link>
          ))}
        </nav>
      </PageHeader>
      <ol className="grid gap-4 sm:grid-cols-2">
        {directions.map((d) => (
          <li key={d.slug} className="rounded-lg border border-line p-4">
            <div className="flex items-baseline justify-between gap-3">
              <h2 className="font-semibold">
                <Link href={`/directions/${d.slug}`} className="hover:text-accent">
                  {d.order}. {pick(locale, d.titleZh, d.titleEn)}
                </Link>
              </h2>
              <Stars count={d.competition} label={`${t("competition")}: ${t("stars", { count: d.competition })}`} />
            </div>
            <p className="mt-2 text-sm text-muted">{pick(locale, d.summaryZh, d.summaryEn)}</p>
            <p className="mt-2 text-xs text-muted">{t("questionCount", { count: d.questionCount })}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
