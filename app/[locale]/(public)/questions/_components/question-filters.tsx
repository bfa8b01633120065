import { getTranslations } from "next-intl/server";
import { LEVELS } from "@/lib/content/schema";

type Option = { value: string; label: string };
type QuestionFiltersProps = {
  locale: string;
  filter: { level?: string; direction?: string; topic?: string; q?: string; status?: string; sort: string };
  directions: Option[];
  topics: Option[];
  /** The signed-in user's status filter (null for anonymous readers: they have none). */
  statuses: Option[] | null;
};

/** A plain GET form: filtering works without JavaScript and every result has a URL. */
export async function QuestionFilters({ locale, filter, directions, topics, statuses }: QuestionFiltersProps) {
  const t = await getTranslations({ locale, namespace: "questions" });
  const select = "mt-1 w-full rounded border border-line bg-surface px-2 py-1.5";
  return (
    // Keyed by the filter: after a link changes it (a direction chip), the fields show the new values.
    <form key={JSON.stringify(filter)} method="get" role="search" className="mb-6 grid gap-3 rounded-lg border border-line p-4 sm:grid-cols-4">
      <label className="text-sm sm:col-span-4">
        {t("search")}
        <input type="search" name="q" defaultValue={filter.q} placeholder={t("searchPlaceholder")} className={select} />
      </label>
      <label className="text-sm">
        {t("level")}
        <select name="level" defaultValue={filter.level ?? ""} className={select}>
          <option value="">{t("all")}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(l)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t("direction")}
        <select name="direction" defaultValue={filter.direction ?? ""} className={select}>
          <option value="">{t("all")}</option>
          {directions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t("topic")}
        <select name="topic" defaultValue={filter.topic ?? ""} className={select}>
          <option value="">{t("all")}</option>
          {topics.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {statuses && (
        <label className="text-sm">
          {t("statusFilter")}
          <select name="status" defaultValue={filter.status ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {statuses.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
        </label>
      )}
      <label className="text-sm">
        {t("sort")}
        <select name="sort" defaultValue={filter.sort} className={select}>
          <option value="default">{t("sortDefault")}</option>
          <option value="level">{t("sortLevel")}</option>
          {statuses && <option value="due">{t("sortDue")}</option>}
          <option value="title">{t("sortTitle")}</option>
        </select>
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded bg-accent px-4 py-1.5 text-accent-fg">
          {t("apply")}
        </button>
      </div>
    </form>
  );
}
