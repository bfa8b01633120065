"use client";
import { useEffect, useState } from "react";
import { useHydrated } from "./use-hydrated";
import { Link } from "@/i18n/navigation";
import { fill } from "@/lib/i18n-text";
import { intervalLabel } from "@/lib/practice/interval-label";
import type { SessionCounts } from "@/lib/practice/review-service";
import type { SessionCard } from "@/lib/practice/session-card";
import type { RatingValue } from "@/lib/practice/scheduler";
import type { InputLimits } from "@/lib/forms/limits";
import { CardPlayer, type CardActionName, type GradeDetails } from "./card-player";
import { CheckPlayer } from "./check-player";
import { newId, sendCardAction, sendCheck, sendGrade, sendUndo, type SessionReply } from "./session-api";
import type { CheckLabels } from "@/components/checks/check-labels";
import type { CheckResponse } from "@/lib/checks/grade";
import type { SessionLabels } from "./session-labels";

type Graded = { card: SessionCard; clientReviewId: string; rating: RatingValue; durationMs: number };
type ReviewSessionProps = { first: SessionCard | null; counts: SessionCounts; serverNow: string; locale: string; answerLimits: InputLimits; labels: SessionLabels; checkLabels: CheckLabels };

/**
 * A review session like Anki's: due cards, today's new cards, then learning cards due within
 * 20 minutes (learn-ahead). Every grade brings the next card and fresh counts from the server,
 * so the page never reloads; Ctrl+Z takes back the last grade on the server (the log keeps
 * both). It ends with a summary of the session and when the next card falls due.
 */
export function ReviewSession({ first, counts: initialCounts, serverNow, locale, answerLimits, labels, checkLabels }: ReviewSessionProps) {
  const [card, setCard] = useState(first);
  const [counts, setCounts] = useState(initialCounts);
  const [graded, setGraded] = useState<Graded[]>([]);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [now, setNow] = useState(serverNow);
  // A check's verdict stays on screen until "next": the reply that brings the next card waits here.
  const [afterCheck, setAfterCheck] = useState<SessionReply | null>(null);
  const hydrated = useHydrated();

  const take = (reply: SessionReply, next: SessionCard | null | undefined) => {
    if (reply.counts) setCounts(reply.counts);
    setCard(next ?? null);
    setNow(new Date().toISOString());
  };

  const run = async (work: () => Promise<void>) => {
    if (pending) return;
    setPending(true);
    setMessage(null);
    try {
      await work();
    } catch {
      setMessage(labels.error); // network: the same ids are sent again on retry
    } finally {
      setPending(false);
    }
  };

  const grade = (rating: RatingValue, details: GradeDetails) =>
    card &&
    run(async () => {
      const clientReviewId = newId();
      const reply = await sendGrade(card, rating, details, "review", clientReviewId);
      if (reply.ok) setGraded((g) => [...g, { card, clientReviewId, rating, durationMs: details.durationMs }]);
      else setMessage(labels.refusals[reply.error ?? ""] ?? reply.message ?? labels.error);
      if (reply.ok || reply.status === 409) take(reply, reply.next);
    });

  /** A check card: graded on the server; its verdict is shown before the next card. */
  const answerCheck = async (response: CheckResponse, durationMs: number) => {
    if (!card || pending) return null;
    setPending(true);
    setMessage(null);
    try {
      const clientReviewId = newId();
      const reply = await sendCheck(card, response, durationMs, "review", clientReviewId);
      if (reply.ok && reply.verdict) {
        setGraded((g) => [...g, { card, clientReviewId, rating: reply.verdict!.rating, durationMs }]);
        setAfterCheck(reply);
        return reply.verdict;
      }
      setMessage(labels.refusals[reply.error ?? ""] ?? reply.message ?? labels.error);
      if (reply.status === 409) take(reply, reply.next);
      return null;
    } catch {
      setMessage(labels.error);
      return null;
    } finally {
      setPending(false);
    }
  };
  const nextAfterCheck = () => {
    if (!afterCheck) return;
    take(afterCheck, afterCheck.next);
    setAfterCheck(null);
  };

  const undo = () => {
    const last = graded.at(-1);
    if (!last) return;
    void run(async () => {
      const reply = await sendUndo(last.clientReviewId);
      if (!reply.ok) return setMessage(reply.message ?? labels.error);
      setGraded((g) => g.slice(0, -1));
      setAfterCheck(null);
      take(reply, reply.card);
      setMessage(labels.undone);
    });
  };

  const act = (action: CardActionName) =>
    card &&
    run(async () => {
      const reply = await sendCardAction(card.id, action);
      if (!reply.ok) return setMessage(reply.message ?? labels.error);
      if (action === "flag" || action === "unflag") return setCard({ ...card, flagged: action === "flag" });
      take(reply, reply.next);
      setMessage(action === "bury" ? labels.buried : labels.suspended);
    });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z" && (event.target as HTMLElement).tagName !== "TEXTAREA") {
        event.preventDefault();
        undo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const undoButton = graded.length > 0 && (
    <button type="button" className="underline" onClick={undo} disabled={pending}>{labels.undo} <kbd>Ctrl+Z</kbd></button>
  );
  return (
    <div className="space-y-4" data-keyboard-ready={hydrated ? "" : undefined}>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
        <p role="status" data-testid="session-counts">{fill(labels.counts, { due: counts.due, learning: counts.learningSoon, fresh: counts.fresh })}</p>
        {card && <p data-testid="session-position">{fill(labels.position, { n: graded.length + 1 })}</p>}
      </div>
      {message && <p role="alert" className="text-sm text-bad">{message}</p>}
      {card ? (
        <>
          {card.faces.kind === "check" ? (
            <CheckPlayer key={`${card.id}:${card.version}`} card={card} locale={locale} labels={labels} checkLabels={checkLabels} submit={answerCheck} onNext={nextAfterCheck} onAction={afterCheck ? undefined : act} />
          ) : (
            <CardPlayer key={`${card.id}:${card.version}`} card={card} locale={locale} serverNow={now} labels={labels} answerLimits={answerLimits} showPreview pending={pending} onGrade={grade} onAction={act} />
          )}
          {card.faces.kind !== "check" && <p className="text-xs text-muted">{labels.shortcuts}</p>}
          {undoButton && <p className="text-sm">{undoButton}</p>}
        </>
      ) : (
        <Summary graded={graded} counts={counts} now={now} locale={locale} labels={labels} undo={undoButton} />
      )}
    </div>
  );
}

function Summary({ graded, counts, now, locale, labels, undo }: { graded: Graded[]; counts: SessionCounts; now: string; locale: string; labels: SessionLabels; undo: React.ReactNode }) {
  const mix = (r: RatingValue) => graded.filter((g) => g.rating === r).length;
  const minutes = Math.max(0, Math.round(graded.reduce((n, g) => n + g.durationMs, 0) / 60_000));
  return (
    <section role="status" className="space-y-3 rounded-lg border border-line p-6" data-testid="session-summary">
      <h2 className="text-xl font-semibold">{labels.done}</h2>
      {graded.length > 0 && (
        <>
          <p>{fill(labels.summary, { cards: graded.length, minutes })}</p>
          <p className="text-sm text-muted">{fill(labels.mix, { again: mix(1), hard: mix(2), good: mix(3), easy: mix(4) })}</p>
        </>
      )}
      <p>{counts.nextDueAt ? fill(labels.nextIn, { when: intervalLabel(now, counts.nextDueAt, locale) }) : labels.nothingDue}</p>
      <div className="flex flex-wrap gap-4 text-sm">
        {undo}
        <a href={locale === "en" ? "/en/review" : "/review"} className="underline">{labels.continue}</a>
        <Link href="/progress">{labels.progress}</Link>
      </div>
    </section>
  );
}
