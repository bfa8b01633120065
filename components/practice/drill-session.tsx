"use client";
import { useEffect, useState } from "react";
import { Link } from "@/i18n/navigation";
import { fill } from "@/lib/i18n-text";
import type { SessionCard } from "@/lib/practice/session-card";
import type { RatingValue } from "@/lib/practice/scheduler";
import type { InputLimits } from "@/lib/forms/limits";
import { CardPlayer, type GradeDetails } from "./card-player";
import { newId, sendCheck, sendGrade, sendUndo } from "./session-api";
import { CheckPlayer } from "./check-player";
import type { CheckVerdict } from "@/components/checks/check-card";
import { answerWithoutRecording } from "@/components/checks/check-api";
import type { CheckLabels } from "@/components/checks/check-labels";
import { ratingFor, type CheckResponse } from "@/lib/checks/grade";
import { useHydrated } from "./use-hydrated";
import type { SessionLabels } from "./session-labels";

type DrillSessionProps = {
  cards: SessionCard[];
  serverNow: string;
  locale: string;
  answerLimits: InputLimits;
  labels: SessionLabels;
  checkLabels: CheckLabels;
  /** Start with "record in review" ticked (a mentor's assignment: its progress needs the answers). */
  recordFirst?: boolean;
};
type Step = { rating: RatingValue; recorded: string | null }; // recorded: the client review id of a grade sent to FSRS

/**
 * Practice a fixed set, in order: "n/20" as it goes and a summary at the end. Nothing touches
 * the schedule unless "record" is ticked — then each grade is a real review (and can be undone);
 * the set and the toggle stay as they are whatever the server's queue holds.
 */
export function DrillSession({ cards: initial, serverNow, locale, answerLimits, labels, checkLabels, recordFirst = false }: DrillSessionProps) {
  const [cards, setCards] = useState(initial);
  const [steps, setSteps] = useState<Step[]>([]);
  const [record, setRecord] = useState(recordFirst);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const hydrated = useHydrated();
  const index = steps.length;
  const card = cards[index];

  const grade = async (rating: RatingValue, details: GradeDetails) => {
    if (!card || pending) return;
    setMessage(null);
    if (!record) return setSteps((s) => [...s, { rating, recorded: null }]);
    setPending(true);
    try {
      const id = newId();
      const reply = await sendGrade(card, rating, details, "drill", id);
      if (!reply.ok) setMessage(labels.refusals[reply.error ?? ""] ?? reply.message ?? labels.error);
      setSteps((s) => [...s, { rating, recorded: reply.ok ? id : null }]);
    } catch {
      setMessage(labels.error);
    } finally {
      setPending(false);
    }
  };

  // A check's verdict stays on screen until "next"; its step is counted then.
  const [checked, setChecked] = useState<Step | null>(null);
  const answerCheck = async (response: CheckResponse, durationMs: number): Promise<CheckVerdict | null> => {
    if (!card || card.faces.kind !== "check" || pending) return null;
    const { checkId, type } = card.faces;
    setPending(true);
    setMessage(null);
    try {
      if (record) {
        const id = newId();
        const reply = await sendCheck(card, response, durationMs, "drill", id);
        if (!reply.ok || !reply.verdict) {
          setMessage(labels.refusals[reply.error ?? ""] ?? reply.message ?? labels.error);
          return null;
        }
        setChecked({ rating: reply.verdict.rating, recorded: id });
        return reply.verdict;
      }
      // Not recorded: graded like on a question page, the rating shown but not sent to FSRS.
      const verdict = await answerWithoutRecording(checkId, response);
      if (!verdict) return null;
      setChecked({ rating: ratingFor(type, verdict.right, durationMs), recorded: null });
      return verdict;
    } catch {
      return null;
    } finally {
      setPending(false);
    }
  };
  const nextAfterCheck = () => {
    if (!checked) return;
    setSteps((s) => [...s, checked]);
    setChecked(null);
  };

  const undo = async () => {
    const last = steps.at(-1);
    if (!last || pending) return;
    setMessage(null);
    if (last.recorded) {
      setPending(true);
      try {
        const reply = await sendUndo(last.recorded);
        if (!reply.ok) return setMessage(reply.message ?? labels.error);
        // The card comes back with its restored version, so it can be recorded again.
        if (reply.card) setCards((cs) => cs.map((c, i) => (i === index - 1 ? { ...c, version: reply.card!.version, preview: reply.card!.preview } : c)));
      } finally {
        setPending(false);
      }
    }
    setSteps((s) => s.slice(0, -1));
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z" && (event.target as HTMLElement).tagName !== "TEXTAREA") {
        event.preventDefault();
        void undo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const recorded = steps.filter((s) => s.recorded).length;
  return (
    <div className="space-y-4" data-keyboard-ready={hydrated ? "" : undefined}>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={record} onChange={(e) => setRecord(e.target.checked)} /> {labels.record}
        </label>
        <p className="text-muted" data-testid="drill-position">{Math.min(index + 1, cards.length)}/{cards.length}</p>
      </div>
      {message && <p role="alert" className="text-sm text-bad">{message}</p>}
      {card ? (
        <>
          {card.faces.kind === "check" ? (
            <CheckPlayer key={`${card.id}:${index}`} card={card} locale={locale} labels={labels} checkLabels={checkLabels} submit={answerCheck} onNext={nextAfterCheck} />
          ) : (
            <CardPlayer key={`${card.id}:${index}`} card={card} locale={locale} serverNow={serverNow} labels={labels} answerLimits={answerLimits} showPreview={record} pending={pending} onGrade={grade} />
          )}
          {card.faces.kind !== "check" && <p className="text-xs text-muted">{labels.shortcuts}</p>}
        </>
      ) : (
        <section role="status" className="space-y-3 rounded-lg border border-line p-6" data-testid="session-summary">
          <h2 className="text-xl font-semibold">{labels.drillDone}</h2>
          <p>{fill(labels.drillSummary, { done: steps.length, total: cards.length, recorded })}</p>
          <p className="text-sm text-muted">{fill(labels.mix, { again: count(steps, 1), hard: count(steps, 2), good: count(steps, 3), easy: count(steps, 4) })}</p>
          <div className="flex flex-wrap gap-4 text-sm">
            <button type="button" className="underline" onClick={() => window.location.reload()}>{labels.drillAgain}</button>
            <Link href="/questions">{labels.backToQuestions}</Link>
          </div>
        </section>
      )}
      {steps.length > 0 && (
        <p className="text-sm"><button type="button" className="underline" onClick={() => void undo()} disabled={pending}>{labels.undo} <kbd>Ctrl+Z</kbd></button></p>
      )}
    </div>
  );
}

const count = (steps: Step[], r: RatingValue) => steps.filter((s) => s.rating === r).length;
