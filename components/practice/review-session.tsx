"use client";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { InputLimits } from "@/lib/forms/limits";
import { useRouter } from "next/navigation";
import { suggestRating } from "@/lib/practice/rubric";
import { intervalLabel } from "@/lib/practice/interval-label";
import type { RatingValue } from "@/lib/practice/scheduler";

export type SessionCard = {
  id: string;
  version: number;
  preview: Record<RatingValue, string> | null;
  front: React.ReactNode;
  points: React.ReactNode[];
  pitfall: React.ReactNode | null;
  extra: React.ReactNode | null;
};

export type SessionLabels = {
  reveal: string; answerBox: string; keyPoints: string; pitfall: string; pitfallHit: string; suggested: string;
  grades: Record<RatingValue, string>; gradeHelp: Record<RatingValue, string>; reasons: Record<string, string>; refusals: Record<string, string>;
  done: string; doneText: string; retry: string; error: string; loading: string; shortcuts: string; record: string; next: string;
};

type ReviewSessionProps = { mode: "review" | "drill"; cards: SessionCard[]; serverNow: string; locale: string; answerLimits: InputLimits; labels: SessionLabels };

const RATINGS: RatingValue[] = [1, 2, 3, 4];
const noSubscription = () => () => {};
const newId = () => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/**
 * One card at a time: Space reveals, the rubric suggests a grade, 1–4 (or Enter for the
 * suggestion) grades. A grade carries a client review id, so a retry or a double press
 * is counted once by the server.
 */
export function ReviewSession({ mode, cards: initial, serverNow, locale, answerLimits, labels }: ReviewSessionProps) {
  const router = useRouter();
  const [cards, setCards] = useState(initial);
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [checked, setChecked] = useState<Set<number>>(new Set());
  const [pitfallHit, setPitfallHit] = useState(false);
  const [answer, setAnswer] = useState("");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [record, setRecord] = useState(false);
  const [done, setDone] = useState(initial.length === 0);
  // True once React runs in the browser (false in the server HTML): the keys work from then on.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const shownAt = useRef(0);
  const attemptId = useRef(newId());
  const current = cards[index];

  useEffect(() => {
    shownAt.current = Date.now();
    attemptId.current = newId();
  }, [index, cards]);

  const suggestion = current ? suggestRating({ total: current.points.length, checked: checked.size, pitfallHit }) : null;

  const advance = useCallback(
    (nextId: string | null, nextVersion?: number, preview?: Record<RatingValue, string>) => {
      setRevealed(false);
      setChecked(new Set());
      setPitfallHit(false);
      setAnswer("");
      const rest = cards.filter((_, i) => i !== index);
      // No next card named (a drill, or a refused grade): go on with the next one here. A
      // refresh would remount the session and wipe the refusal's message (issue 13).
      const target = nextId ? rest.findIndex((c) => c.id === nextId) : rest.length ? 0 : -1;
      if (nextId === null && mode === "review") return setDone(true);
      if (target < 0) {
        if (mode === "drill" && rest.length === 0) return setDone(true);
        router.refresh(); // the next card is not rendered here yet: ask the server for more
        return;
      }
      const updated = rest.map((c) => (c.id === nextId && nextVersion !== undefined ? { ...c, version: nextVersion, preview: preview ?? c.preview } : c));
      setCards(updated);
      setIndex(target);
    },
    [cards, index, mode, router],
  );

  const grade = useCallback(
    async (rating: RatingValue) => {
      if (!current || pending || !revealed) return;
      if (mode === "drill" && !record) return advance(null);
      setPending(true);
      setMessage(null);
      try {
        const response = await fetch("/api/review/grade", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            cardId: current.id, rating, clientReviewId: attemptId.current, expectedVersion: current.version, mode,
            durationMs: Math.min(3_600_000, Date.now() - shownAt.current), answer: answer.trim() || undefined,
            checkedPoints: [...checked], pitfallHit, suggestedRating: suggestion?.rating,
          }),
        });
        const body = await response.json();
        if (response.ok) advance(body.next?.cardId ?? null, body.next?.version, body.next?.preview);
        else {
          setMessage(labels.refusals[body.error] ?? body.message ?? labels.error);
          if (response.status === 409) advance(body.next?.cardId ?? (mode === "drill" ? null : ""), undefined);
        }
      } catch {
        setMessage(labels.error); // network: the same attempt id is reused on retry
      } finally {
        setPending(false);
      }
    },
    [advance, answer, checked, current, labels.error, labels.refusals, mode, pending, pitfallHit, record, revealed, suggestion],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.tagName === "TEXTAREA" || (target.tagName === "INPUT" && (target as HTMLInputElement).type === "text");
      if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
      if (!revealed && event.key === " " && target.tagName !== "BUTTON") {
        event.preventDefault();
        setRevealed(true);
      } else if (revealed && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        void grade(Number(event.key) as RatingValue);
      } else if (revealed && event.key === "Enter" && target.tagName !== "BUTTON" && suggestion) {
        event.preventDefault();
        void grade(suggestion.rating);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [grade, revealed, suggestion]);

  if (done || !current) {
    return (
      <div role="status" className="rounded-lg border border-line p-6 text-center">
        <h2 className="text-xl font-semibold">{labels.done}</h2>
        <p className="mt-2 text-muted">{labels.doneText}</p>
      </div>
    );
  }

  return (
    <div className="space-y-5" data-keyboard-ready={hydrated ? "" : undefined}>
      <p className="text-xs text-muted">{labels.shortcuts}</p>
      {mode === "drill" && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={record} onChange={(e) => setRecord(e.target.checked)} /> {labels.record}
        </label>
      )}
      <section aria-live="polite" className="rounded-lg border border-line p-5">{current.front}</section>
      {!revealed ? (
        <div className="space-y-3">
          <label className="block text-sm">
            {labels.answerBox}
            <textarea value={answer} onChange={(e) => setAnswer(e.target.value)} {...answerLimits} rows={4} className="mt-1 w-full rounded border border-line bg-surface p-2" />
          </label>
          <button type="button" onClick={() => setRevealed(true)} className="w-full rounded bg-accent px-4 py-3 font-medium text-accent-fg sm:w-auto">
            {labels.reveal} <kbd className="ml-1 text-xs opacity-80">Space</kbd>
          </button>
        </div>
      ) : (
        <div className="space-y-5">
          {current.points.length > 0 && (
            <fieldset className="rounded-lg border border-line p-4">
              <legend className="px-1 font-semibold">{labels.keyPoints}</legend>
              <ul className="space-y-2">
                {current.points.map((point, i) => (
                  <li key={i}>
                    <label className="flex items-start gap-3">
                      <input
                        type="checkbox" className="mt-1.5 h-4 w-4 shrink-0" checked={checked.has(i)}
                        onChange={(e) => setChecked((s) => { const n = new Set(s); if (e.target.checked) n.add(i); else n.delete(i); return n; })}
                      />
                      <span>{point}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          {current.pitfall && (
            <div className="rounded-lg border border-warn p-4">
              <h3 className="mb-1 font-semibold text-warn">{labels.pitfall}</h3>
              {current.pitfall}
              <label className="mt-3 flex items-center gap-2 text-sm">
                <input type="checkbox" checked={pitfallHit} onChange={(e) => setPitfallHit(e.target.checked)} /> {labels.pitfallHit}
              </label>
            </div>
          )}
          {current.extra}
          {suggestion && (
            <p className="text-sm" role="status">
              {labels.suggested}: <strong>{labels.grades[suggestion.rating]}</strong> — {labels.reasons[suggestion.reason]}
            </p>
          )}
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4" role="group" aria-label={labels.suggested}>
            {RATINGS.map((r) => (
              <button
                key={r} type="button" disabled={pending} onClick={() => void grade(r)} title={labels.gradeHelp[r]}
                className={`rounded border px-3 py-3 text-sm ${suggestion?.rating === r ? "border-accent bg-accent text-accent-fg" : "border-line hover:bg-surface-2"}`}
              >
                <span className="block font-medium">{r} · {labels.grades[r]}</span>
                {current.preview && (mode === "review" || record) && <span className="block text-xs opacity-80">{intervalLabel(serverNow, current.preview[r], locale)}</span>}
              </button>
            ))}
          </div>
          <dl className="grid gap-1 text-xs text-muted sm:grid-cols-2">
            {RATINGS.map((r) => (
              <div key={r}><dt className="inline font-medium">{labels.grades[r]}: </dt><dd className="inline">{labels.gradeHelp[r]}</dd></div>
            ))}
          </dl>
        </div>
      )}
      {message && <p role="alert" className="text-sm text-bad">{message} {pending ? "" : <button type="button" className="underline" onClick={() => router.refresh()}>{labels.next}</button>}</p>}
      {pending && <p className="text-sm text-muted">{labels.loading}</p>}
    </div>
  );
}
