import { ActionForm } from "@/components/ui/action-form";
import { StoredHtml } from "@/components/markdown/stored-html";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { addComment, deleteComment, editComment } from "@/lib/mentor/actions";
import { commentSchema } from "@/lib/mentor/schema";
import { inputLimits } from "@/lib/forms/limits";
import { plainTextHtml } from "@/lib/markdown/user-markdown";
import { formatDateTime } from "@/lib/time/format";

type Comment = { id: string; body: string; bodyHtml: string | null; createdAt: Date; editedAt: Date | null; author: { id: string; name: string } };
type Labels = { title: string; write: string; post: string; empty: string; edit: string; delete: string; save: string; confirmDelete: string; edited: string; unread: string };
type CommentThreadProps = {
  assignmentId: string;
  candidateId: string;
  comments: Comment[];
  viewerId: string;
  /** The cohort's mentor may delete any comment in the thread. */
  moderator: boolean;
  timeZone: string;
  locale: string;
  labels: Labels;
  /** When the viewer last read the thread: others' comments after it are marked new. */
  readBefore?: Date | null;
  id?: string;
};

const box = "mt-1 w-full rounded border border-line bg-surface p-2";

/** One assignment's thread between a mentor and a candidate; authors edit and delete their own comments. */
export function CommentThread({ assignmentId, candidateId, comments, viewerId, moderator, timeZone, locale, labels, readBefore, id }: CommentThreadProps) {
  const limits = inputLimits(commentSchema, "body");
  return (
    <section aria-label={labels.title} className="mt-4 scroll-mt-4" id={id}>
      <h3 className="mb-2 text-sm font-semibold">{labels.title}</h3>
      {comments.length === 0 && <p className="text-sm text-muted">{labels.empty}</p>}
      <ol className="space-y-3">
        {comments.map((c) => {
          const own = c.author.id === viewerId;
          const unread = !own && readBefore !== undefined && (!readBefore || c.createdAt > readBefore);
          return (
            <li key={c.id} className={`rounded border p-3 ${unread ? "border-accent" : "border-line"}`} data-testid="comment">
              <p className="mb-1 text-xs text-muted">
                {unread && <span className="mr-2 rounded bg-accent px-1.5 py-0.5 text-accent-fg">{labels.unread}</span>}
                {c.author.name} · <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt, timeZone, locale)}</time>
                {c.editedAt && ` · ${labels.edited}`}
              </p>
              <StoredHtml className="prose prose-sm" html={c.bodyHtml ?? plainTextHtml(c.body)} locale={locale} />
              {(own || moderator) && (
                <div className="mt-2 flex flex-wrap gap-3 text-sm">
                  {own && (
                    <details>
                      <summary className="cursor-pointer text-accent">{labels.edit}</summary>
                      <ActionForm action={editComment} submit={labels.save} className="mt-2 min-w-72" fields={{ body: labels.write }}>
                        <input type="hidden" name="commentId" value={c.id} />
                        <label className="mb-2 block text-sm">
                          {labels.write}
                          <textarea name="body" rows={3} defaultValue={c.body} {...limits} className={box} />
                        </label>
                      </ActionForm>
                    </details>
                  )}
                  <ConfirmAction action={deleteComment} fields={{ commentId: c.id }} labels={{ open: labels.delete, confirm: labels.confirmDelete, submit: labels.delete }} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <ActionForm action={addComment} submit={labels.post} className="mt-3" fields={{ body: labels.write }}>
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <input type="hidden" name="candidateId" value={candidateId} />
        <label className="mb-2 block text-sm">
          {labels.write}
          <textarea name="body" rows={3} {...limits} className={box} />
        </label>
      </ActionForm>
    </section>
  );
}

/** The thread's words, from the "mentor" messages. */
export function commentThreadLabels(t: (key: "thread" | "writeComment" | "post" | "noComments" | "edit" | "delete" | "saveEdit" | "confirmDeleteComment" | "edited" | "unreadMark") => string): Labels {
  return {
    title: t("thread"), write: t("writeComment"), post: t("post"), empty: t("noComments"),
    edit: t("edit"), delete: t("delete"), save: t("saveEdit"), confirmDelete: t("confirmDeleteComment"), edited: t("edited"), unread: t("unreadMark"),
  };
}
