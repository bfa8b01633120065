"use client";
import { useEffect, useRef, useState } from "react";
import { suggestRating } from "@/lib/practice/rubric";
import { intervalLabel } from "@/lib/practice/interval-label";
import { rubricSize, type SessionCard } from "@/lib/practice/session-card";
import type { RatingValue } from "@/lib/practice/scheduler";
import type { InputLimits } from "@/lib/forms/limits";
import { StoredHtml } from "@/components/markdown/stored-html";
import { CardBackExtra, CardFront, rubricLines } from "./card-view";
import { CardActions, typingIn } from "./card-actions";
import type { SessionLabels } from "./session-labels";

export type GradeDetails = { answer?: string; checkedPoints: number[]; pitfallHit: boolean; suggestedRating?: RatingValue; durationMs: number };
export type CardActionName = "bury" | "suspend" | "flag" | "unflag";

type CardPlayerProps = {
  card: SessionCard;
  locale: string;
  serverNow: string;
  labels: SessionLabels;
  answerLimits: InputLimits;
  /** Show the interval each grade would give (review, or a drill being recorded). */
  showPreview: boolean;
  pending: boolean;
  onGrade: (rating: RatingValue, details: GradeDetails) => void;
  /** Card actions (bury, suspend, flag) — review sessions only. */
  onAction?: (action: CardActionName) => void;
};

const RATINGS: RatingValue[] = [1, 2, 3, 4];
// Keys that tick key points: a, b, c … (digits are the grades).
const POINT_KEYS = "abcdefghi";

/**
 * One card, as a person studies it: write an answer (optional), reveal, tick the key points
 * hit (the rubric suggests a grade), grade. Everything works by keyboard: Space, a–i, p, 1–4,
 * Enter; on a phone the reveal and grade buttons stay at the bottom of the screen. Remounted
 * per card (key = id:version), so nothing of one card leaks into the next.
 */
export function CardPlayer({ card, locale, serverNow, labels, answerLimits, showPreview, pending, onGrade, onAction }: CardPlayerProps) {
  const [revealed, setRevealed] = useState(false);
  const [checked, setChecked] = useState<Set<number>>(new Set());
  const [pitfallHit, setPitfallHit] = useState(false);
  const [answer, setAnswer] = useState("");
  const shownAt = useRef(0);
  const firstPoint = useRef<HTMLInputElement>(null);
  const points = rubricLines(card, locale, labels);
  const suggestion = suggestRating({ total: rubricSize(card), checked: checked.size, pitfallHit });
  const pitfall = card.faces.kind === "question" ? card.faces.pitfall : null;

  // The time spent on a card counts from when it is on screen.
  useEffect(() => {
    shownAt.current = Date.now();
  }, []);

  // Revealing moves focus to the first key point, so Tab walks the rubric.
  useEffect(() => {
    if (revealed) firstPoint.current?.focus();
  }, [revealed]);

  const toggle = (i: number) => setChecked((s) => { const n = new Set(s); if (n.has(i)) n.delete(i); else n.add(i); return n; });
  const grade = (rating: RatingValue) => {
    if (pending || !revealed) return;
    onGrade(rating, { answer: answer.trim() || undefined, checkedPoints: [...checked], pitfallHit, suggestedRating: suggestion.rating, durationMs: Math.min(3_600_000, Date.now() - shownAt.current) });
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typingIn(event.target as HTMLElement) || event.altKey || event.ctrlKey || event.metaKey) return;
      const onButton = (event.target as HTMLElement).tagName === "BUTTON";
      if (!revealed) {
        if (event.key === " " && !onButton) { event.preventDefault(); setRevealed(true); }
        return;
      }
      const point = POINT_KEYS.indexOf(event.key);
      if (point >= 0 && point < points.length) { event.preventDefault(); toggle(point); }
      else if (event.key === "p" && pitfall) { event.preventDefault(); setPitfallHit((v) => !v); }
      else if (["1", "2", "3", "4"].includes(event.key)) { event.preventDefault(); grade(Number(event.key) as RatingValue); }
      else if (event.key === "Enter" && !onButton) { event.preventDefault(); grade(suggestion.rating); }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const bar = "sticky bottom-0 z-10 -mx-4 border-t border-line bg-surface px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0";
  return (
    <div className="space-y-5">
      <section aria-live="polite" className="rounded-lg border border-line p-5">
        <CardFront card={card} locale={locale} labels={labels} />
        <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
          {card.questionId && <a href={`${locale === "en" ? "/en" : ""}/questions/${card.questionId}`} target="_blank" rel="noopener">{labels.openQuestion}</a>}
          {onAction && <CardActions card={card} labels={labels} onAction={onAction} />}
        </div>
      </section>
      {!revealed ? (
        <div className="space-y-3">
          <label className="block text-sm">
            {labels.answerBox}
            <textarea value={answer} onChange={(e) => setAnswer(e.target.value)} {...answerLimits} rows={4} className="mt-1 w-full rounded border border-line bg-surface p-2" />
          </label>
          <div className={bar}>
            <button type="button" onClick={() => setRevealed(true)} className="w-full rounded bg-accent px-4 py-3 font-medium text-accent-fg sm:w-auto">
              {labels.reveal} <kbd className="ml-1 text-xs opacity-80">Space</kbd>
            </button>
          </div>
        </div>
      ) : (
        <div className="space-y-5">
          {points.length > 0 && (
            <fieldset className="rounded-lg border border-line p-4">
              <legend className="px-1 font-semibold">{labels.keyPoints}</legend>
              <ul className="space-y-2">
                {points.map((point, i) => (
                  <li key={i}>
                    <label className="flex items-start gap-3">
                      <input ref={i === 0 ? firstPoint : undefined} type="checkbox" className="mt-1.5 h-4 w-4 shrink-0" checked={checked.has(i)} onChange={() => toggle(i)} />
                      <kbd className="mt-0.5 text-xs text-muted" aria-hidden="true">{POINT_KEYS[i]}</kbd>
                      <span className="min-w-0 flex-1">{point}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          {pitfall && (
            <div className="rounded-lg border border-warn p-4">
              <h3 className="mb-1 font-semibold text-warn">{labels.pitfall}</h3>
              <StoredHtml className="prose prose-p:my-0" html={pitfall} locale={locale} />
              <label className="mt-3 flex items-center gap-2 text-sm">
                <input type="checkbox" checked={pitfallHit} onChange={(e) => setPitfallHit(e.target.checked)} /> {labels.pitfallHit} <kbd className="text-xs text-muted" aria-hidden="true">p</kbd>
              </label>
            </div>
          )}
          <CardBackExtra card={card} locale={locale} labels={labels} />
          <p className="text-sm" role="status">
            {labels.suggested}: <strong>{labels.grades[suggestion.rating]}</strong> — {labels.reasons[suggestion.reason]}
          </p>
          <div className={bar}>
            <div className="grid grid-cols-4 gap-2" role="group" aria-label={labels.suggested}>
              {RATINGS.map((r) => (
                <button
                  key={r} type="button" disabled={pending} onClick={() => grade(r)} title={labels.gradeHelp[r]}
                  className={`rounded border px-2 py-3 text-sm ${suggestion.rating === r ? "border-accent bg-accent text-accent-fg" : "border-line bg-surface hover:bg-surface-2"}`}
                >
                  <span className="block font-medium">{r} · {labels.grades[r]}</span>
                  {card.preview && showPreview && <span className="block text-xs opacity-80">{intervalLabel(serverNow, card.preview[r], locale)}</span>}
                </button>
              ))}
            </div>
          </div>
          <dl className="grid gap-1 text-xs text-muted sm:grid-cols-2">
            {RATINGS.map((r) => (
              <div key={r}><dt className="inline font-medium">{labels.grades[r]}: </dt><dd className="inline">{labels.gradeHelp[r]}</dd></div>
            ))}
          </dl>
        </div>
      )}
    </div>
  );
}
