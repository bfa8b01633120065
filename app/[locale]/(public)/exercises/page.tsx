import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listDirections } from "@/lib/content/queries";
import { LEVELS } from "@/lib/content/schema";
import { listExercises } from "@/lib/exercises/queries";
import { pick } from "@/lib/i18n-text";
import { PageHeader } from "@/components/ui/page-header";
import { LevelBadge } from "@/components/content/level-badge";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** Hand-coding drills, easiest first, filtered by direction and level. */
export default async function ExercisesPage({ params, searchParams }: PageProps<"/[locale]/exercises">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const filter = { direction: first(sp.direction), level: LEVELS.find((l) => l === first(sp.level)) };
  const [t, exercises, directions] = await Promise.all([getTranslations({ locale, namespace: "exercises" }), listExercises(filter), listDirections()]);
  const dirLabel = new Map(directions.map((d) => [d.slug, pick(locale, d.titleZh, d.titleEn)]));
  const select = "ml-2 rounded border border-line bg-surface px-2 py-1";
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-4 text-sm">
        <label>{t("direction")}
          <select name="direction" defaultValue={filter.direction ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {directions.map((d) => <option key={d.slug} value={d.slug}>{dirLabel.get(d.slug)}</option>)}
          </select>
        </label>
        <label>{t("level")}
          <select name="level" defaultValue={filter.level ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded border border-line px-3 py-1">{t("filter")}</button>
      </form>
      <p className="mb-2 text-sm text-muted" role="status">{t("count", { n: exercises.length })}</p>
      <ul className="divide-y divide-line border-y border-line" data-testid="exercise-list">
        {exercises.map((e) => (
          <li key={e.id} className="flex flex-wrap items-baseline gap-2 py-2">
            <LevelBadge level={e.level} />
            <Link href={`/exercises/${e.id}`} className="font-medium">{pick(locale, e.titleZh, e.titleEn)}</Link>
            <span className="text-xs text-muted">{e.directions.map((d) => dirLabel.get(d) ?? d).join(" · ")}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
