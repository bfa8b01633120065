import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { userNames } from "@/lib/db/user-names";
import type { ActionResult } from "@/lib/actions/result";
import { formatDateTime } from "@/lib/time/format";
import { StoredHtml } from "@/components/markdown/stored-html";
import { ActionForm } from "@/components/ui/action-form";

type Comment = { id: string; authorId: string; bodyHtml: string; createdAt: Date };
type SharedCommentsProps = {
  comments: Comment[];
  /** The action that posts a comment, and the hidden fields that say on what. */
  action: (prev: ActionResult, data: FormData) => Promise<ActionResult>;
  target: Record<string, string>;
  timeZone: string;
  locale: string;
};

/** Comments on a project or a direction take, oldest first, and the form to add one (its writer and shared mentors alike). */
export async function SharedComments({ comments, action, target, timeZone, locale }: SharedCommentsProps) {
  const t = await getTranslations({ locale, namespace: "projects" });
  const authors = await userNames(db, comments.map((c) => c.authorId));
  return (
    <section aria-labelledby="comments" className="mt-10 max-w-2xl">
      <h2 id="comments" className="mb-2 text-lg font-semibold">{t("comments")}</h2>
      {comments.length === 0 ? <p className="mb-3 text-sm text-muted">{t("noComments")}</p> : (
        <ol className="mb-4 space-y-3" data-testid="comments">
          {comments.map((c) => (
            <li key={c.id} className="rounded border border-line p-3">
              <p className="mb-1 text-xs text-muted">{authors.get(c.authorId) ?? "—"} · <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt, timeZone, locale)}</time></p>
              <StoredHtml className="prose" html={c.bodyHtml} locale={locale} />
            </li>
          ))}
        </ol>
      )}
      <ActionForm action={action} submit={t("commentSubmit")} fields={{ body: t("commentBody") }}>
        {Object.entries(target).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
        <label className="mb-2 block text-sm">{t("commentBody")}
          <textarea name="body" rows={3} maxLength={5000} required className="mt-1 w-full rounded border border-line bg-surface p-2" />
        </label>
      </ActionForm>
    </section>
  );
}
