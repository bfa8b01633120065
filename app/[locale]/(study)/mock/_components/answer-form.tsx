"use client";
import { useEffect, useState } from "react";
import { submitMockAnswer } from "@/lib/mock/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { InputLimits } from "@/lib/forms/limits";

type AnswerFormProps = { mockId: string; itemId: string; limitSec: number; answerLimits: InputLimits; labels: { answer: string; submit: string; left: string; over: string } };

const clock = (s: number) => `${Math.floor(Math.abs(s) / 60)}:${String(Math.abs(s) % 60).padStart(2, "0")}`;

/** Answer under the clock: the timer counts down the level's limit and keeps counting past it. */
export function AnswerForm({ mockId, itemId, limitSec, answerLimits, labels }: AnswerFormProps) {
  const { state, pending, formProps } = useActionForm(submitMockAnswer);
  const [started] = useState(() => Date.now());
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [started]);
  const left = limitSec - elapsed;
  return (
    <form {...formProps}>
      <FormStatus state={state} />
      <input type="hidden" name="mockId" value={mockId} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="timeUsedSec" value={elapsed} />
      <p className={`mb-2 font-mono text-lg ${left < 0 ? "text-bad" : ""}`} role="timer" aria-live="off">
        {left >= 0 ? `${labels.left} ${clock(left)}` : `${labels.over} ${clock(left)}`}
      </p>
      <label className="block text-sm">
        {labels.answer}
        <textarea name="answer" rows={10} {...answerLimits} autoFocus className="mt-1 w-full rounded border border-line bg-surface p-2" />
      </label>
      <Button type="submit" disabled={pending} className="mt-3">{labels.submit}</Button>
    </form>
  );
}
