"use client";
import { useEffect, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { endQuizRound } from "@/lib/mock/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { CheckCard } from "@/components/checks/check-card";
import type { CheckLabels } from "@/components/checks/check-labels";
import type { CheckFaces } from "@/lib/checks/present";
import type { CheckResponse } from "@/lib/checks/grade";
import { useHydrated } from "@/components/practice/use-hydrated";
import { useServerElapsed } from "@/components/ui/server-clock";
import { formatClock } from "@/lib/time/format";

export type QuizLabels = { position: string; left: string; endQuiz: string; timeUp: string };
type QuizRoundProps = {
  mockId: string;
  /** The checks still to answer, in order; those answered before a reload are not sent again. */
  checks: { id: string; faces: CheckFaces }[];
  answeredBefore: number;
  limitSec: number;
  startedAt: string;
  serverNow: string;
  locale: string;
  labels: QuizLabels;
  checkLabels: CheckLabels;
};

/**
 * The timed quiz round: one clock for all its checks, kept by the server. Each answer is sent,
 * graded and kept there, and the next check comes at once — right and wrong wait for the
 * report. When the clock runs out the round ends itself.
 */
export function QuizRound({ mockId, checks, answeredBefore, limitSec, startedAt, serverNow, locale, labels, checkLabels }: QuizRoundProps) {
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const end = useActionForm(endQuizRound);
  const endForm = end.formProps.ref;
  const left = limitSec - useServerElapsed(startedAt, serverNow);
  const timeUp = left <= 0;
  useEffect(() => {
    if (timeUp) endForm.current?.requestSubmit();
  }, [timeUp, endForm]);
  const check = checks[index];
  const hydrated = useHydrated();

  const submit = async (response: CheckResponse): Promise<"kept" | null> => {
    if (!check) return null;
    const reply = await fetch("/api/mock/quiz", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ mockId, mockCheckId: check.id, response }) });
    if (reply.status === 409) {
      router.refresh(); // the round is over on the server: the page goes on to the report
      return "kept";
    }
    return reply.ok ? "kept" : null; // null: the card says the answer did not get through
  };
  const next = () => {
    if (index + 1 >= checks.length) router.refresh(); // the last answer ended the round
    setIndex((i) => i + 1);
  };

  return (
    <div data-keyboard-ready={hydrated ? "" : undefined}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted" data-testid="quiz-position">{labels.position.replace("{n}", String(answeredBefore + Math.min(index, checks.length - 1) + 1))}</p>
        <p className={`font-mono text-lg ${timeUp ? "text-bad" : ""}`} role="timer" aria-live="off" data-testid="quiz-timer" suppressHydrationWarning>
          {timeUp ? labels.timeUp : `${labels.left} ${formatClock(left)}`}
        </p>
      </div>
      {check && !timeUp && (
        <section className="rounded-lg border border-line p-4" data-testid="quiz-check">
          <CheckCard key={check.id} faces={check.faces} locale={locale} labels={checkLabels} submit={submit} onNext={next} globalKeys />
        </section>
      )}
      <form {...end.formProps} className="mt-6">
        <FormStatus state={end.state} />
        <input type="hidden" name="mockId" value={mockId} />
        <Button type="submit" variant="secondary" disabled={end.pending}>{labels.endQuiz}</Button>
      </form>
    </div>
  );
}
