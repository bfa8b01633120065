"use client";
import { submitMockAnswer } from "@/lib/mock/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { InputLimits } from "@/lib/forms/limits";
import { useDraft, type DraftLabels } from "@/components/forms/use-draft";
import { useServerElapsed } from "@/components/ui/server-clock";
import { formatClock } from "@/lib/time/format";

export type AnswerLabels = DraftLabels & Record<"answer" | "submit" | "left" | "over", string>;
type AnswerFormProps = {
  mockId: string;
  itemId: string;
  limitSec: number;
  /** When the server first showed this question, and the server's clock now: the timer runs on them. */
  startedAt: string;
  serverNow: string;
  draft: { text: string; version: number };
  answerLimits: InputLimits;
  labels: AnswerLabels;
};

/**
 * Answer under the clock. The clock is the server's (a reload does not reset it) and counts on
 * past the limit; the text is autosaved as a draft, so a reload, a crash or a second tab keeps it.
 */
export function AnswerForm({ mockId, itemId, limitSec, startedAt, serverNow, draft, answerLimits, labels }: AnswerFormProps) {
  const { state, pending, formProps } = useActionForm(submitMockAnswer);
  const elapsed = useServerElapsed(startedAt, serverNow);
  const { attach, onInput, panel: draftStatus } = useDraft({ url: "/api/mock/draft", target: { mockId, itemId }, storageKey: `rollout:mock-draft:${itemId}`, initial: draft, labels });
  const left = limitSec - elapsed;
  return (
    <form {...formProps}>
      <FormStatus state={state} />
      <input type="hidden" name="mockId" value={mockId} />
      <input type="hidden" name="itemId" value={itemId} />
      <p className={`mb-2 font-mono text-lg ${left < 0 ? "text-bad" : ""}`} role="timer" aria-live="off" data-testid="mock-timer" suppressHydrationWarning>
        {left >= 0 ? `${labels.left} ${formatClock(left)}` : `${labels.over} ${formatClock(left)}`}
      </p>
      <label className="block text-sm">
        {labels.answer}
        <textarea ref={attach} name="answer" rows={10} {...answerLimits} defaultValue={draft.text} onInput={onInput} autoFocus className="mt-1 w-full rounded border border-line bg-surface p-2" />
      </label>
      {draftStatus}
      <Button type="submit" disabled={pending} className="mt-3">{labels.submit}</Button>
    </form>
  );
}
