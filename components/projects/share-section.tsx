import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import { ActionForm } from "@/components/ui/action-form";

type Action = (prev: ActionResult, data: FormData) => Promise<ActionResult>;
type ShareSectionProps = {
  /** The candidate's cohort mentors, and those it is shared with now. */
  mentors: { id: string; name: string }[];
  sharedWith: Set<string>;
  share: Action;
  unshare: Action;
  /** The hidden fields that name what is shared. */
  target: Record<string, string>;
  intro: string;
  locale: string;
};

/** Share a project or a direction take with a cohort mentor, and take it back. */
export async function ShareSection({ mentors, sharedWith, share, unshare, target, intro, locale }: ShareSectionProps) {
  const t = await getTranslations({ locale, namespace: "projects" });
  const hidden = Object.entries(target).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  const shares = mentors.filter((m) => sharedWith.has(m.id));
  const unshared = mentors.filter((m) => !sharedWith.has(m.id));
  return (
    <section aria-labelledby="share" className="mt-10 max-w-xl">
      <h2 id="share" className="mb-1 text-base font-semibold">{t("share")}</h2>
      <p className="mb-3 text-sm text-muted">{intro}</p>
      {shares.length > 0 && (
        <ul className="mb-3 space-y-2 text-sm" data-testid="shares">
          {shares.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-3">
              <span>{t("sharedWith")} {m.name}</span>
              <ActionForm action={unshare} submit={t("unshare")} variant="secondary">
                {hidden}
                <input type="hidden" name="mentorId" value={m.id} />
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
      {mentors.length === 0 ? <p className="text-sm text-muted">{t("noMentors")}</p> : unshared.length > 0 && (
        <ActionForm action={share} submit={t("shareSubmit")} variant="secondary" fields={{ mentorId: t("shareWith") }}>
          {hidden}
          <p className="mb-2 text-sm">
            <label htmlFor="share-mentor">{t("shareWith")}</label>
            <select id="share-mentor" name="mentorId" className="ml-2 rounded border border-line bg-surface px-2 py-1">
              {unshared.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
            </select>
          </p>
        </ActionForm>
      )}
    </section>
  );
}
