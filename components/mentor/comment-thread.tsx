import { Markdown } from "@/components/markdown/markdown";
import { ActionForm } from "@/components/ui/action-form";
import { addComment } from "@/lib/mentor/actions";
import { commentSchema } from "@/lib/mentor/schema";
import { inputLimits } from "@/lib/forms/limits";
import { formatDateTime } from "@/lib/time/format";

type Comment = { id: string; body: string; createdAt: Date; author: { name: string } };
type CommentThreadProps = { assignmentId: string; candidateId: string; comments: Comment[]; timeZone: string; locale: string; labels: { title: string; write: string; post: string; empty: string } };

/** One assignment's thread between a mentor and a candidate. Comments are user Markdown: same safe renderer, raw HTML shown as text. */
export function CommentThread({ assignmentId, candidateId, comments, timeZone, locale, labels }: CommentThreadProps) {
  return (
    <section aria-label={labels.title} className="mt-4">
      <h3 className="mb-2 text-sm font-semibold">{labels.title}</h3>
      {comments.length === 0 && <p className="text-sm text-muted">{labels.empty}</p>}
      <ol className="space-y-3">
        {comments.map((c) => (
          <li key={c.id} className="rounded border border-line p-3" data-testid="comment">
            <p className="mb-1 text-xs text-muted">{c.author.name} · <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt, timeZone, locale)}</time></p>
            <Markdown className="prose prose-sm">{c.body}</Markdown>
          </li>
        ))}
      </ol>
      <ActionForm action={addComment} submit={labels.post} className="mt-3" fields={{ body: labels.write }}>
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <input type="hidden" name="candidateId" value={candidateId} />
        <label className="mb-2 block text-sm">
          {labels.write}
          <textarea name="body" rows={3} {...inputLimits(commentSchema, "body")} className="mt-1 w-full rounded border border-line bg-surface p-2" />
        </label>
      </ActionForm>
    </section>
  );
}
