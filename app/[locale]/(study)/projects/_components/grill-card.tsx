"use client";
import { useEffect, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { StoredHtml } from "@/components/markdown/stored-html";
import { newId } from "@/components/practice/session-api";
import { suggestRating } from "@/lib/practice/rubric";
import type { RatingValue } from "@/lib/practice/scheduler";
import { formatClock } from "@/lib/time/format";

export type GrillLabels = {
  answer: string; left: string; over: string; reveal: string; rubric: string; redFlags: string; redFlagHit: string;
  suggested: string; ratings: Record<RatingValue, string>; error: string;
};
type GrillCardProps = {
  projectId: string;
  probe: { id: string; rubric: string[]; redFlags: string[] };
  limitSec: number;
  next: string; // where to go once graded
  locale: string;
  labels: GrillLabels;
};

/**
 * One probe under the clock: answer in writing, then open the rubric, tick what the answer
 * covered and grade it (the rubric suggests a grade). What is typed is kept in this browser
 * until graded, so a reload loses nothing.
 */
export function GrillCard({ projectId, probe, limitSec, next, locale, labels }: GrillCardProps) {
  const router = useRouter();
  const key = `rollout:grill:${projectId}:${probe.id}`;
  const [answer, setAnswer] = useState(() => (typeof window === "undefined" ? "" : window.localStorage.getItem(key) ?? ""));
  const [revealed, setRevealed] = useState(false);
  const [checked, setChecked] = useState<number[]>([]);
  const [redFlagHit, setRedFlagHit] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [started] = useState(() => Date.now());
  const [elapsed, setElapsed] = useState(0);
  const [reviewId] = useState(newId);
  useEffect(() => {
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [started]);
  const left = limitSec - elapsed;
  const suggestion = suggestRating({ total: probe.rubric.length, checked: checked.length, pitfallHit: redFlagHit }).rating;

  const grade = async (rating: RatingValue) => {
    setBusy(true);
    setFailed(false);
    const reply = await fetch("/api/projects/grill", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ projectId, probeId: probe.id, clientReviewId: reviewId, rating, answer, checked, redFlagHit, durationMs: Math.min(elapsed, 3600) * 1000 }),
    }).catch(() => null);
    setBusy(false);
    if (!reply?.ok) return setFailed(true);
    window.localStorage.removeItem(key);
    router.push(next);
  };

  return (
    <div className="space-y-4" data-testid="grill-card">
      <p className={`font-mono text-lg ${left < 0 ? "text-bad" : ""}`} role="timer" aria-live="off" suppressHydrationWarning>
        {left >= 0 ? `${labels.left} ${formatClock(left)}` : `${labels.over} ${formatClock(left)}`}
      </p>
      <label className="block text-sm">
        {labels.answer}
        <textarea rows={8} maxLength={10_000} value={answer} onChange={(e) => { setAnswer(e.target.value); window.localStorage.setItem(key, e.target.value); }} className="mt-1 w-full rounded border border-line bg-surface p-2" />
      </label>
      {!revealed ? (
        <button type="button" onClick={() => setRevealed(true)} className="rounded bg-accent px-4 py-2 text-sm text-accent-fg">{labels.reveal}</button>
      ) : (
        <div className="space-y-4">
          <fieldset>
            <legend className="mb-1 text-sm font-semibold">{labels.rubric}</legend>
            <ul className="space-y-1">
              {probe.rubric.map((html, i) => (
                <li key={i}>
                  <label className="flex items-start gap-2 text-sm">
                    <input type="checkbox" className="mt-1" checked={checked.includes(i)} onChange={(e) => setChecked((c) => (e.target.checked ? [...c, i] : c.filter((x) => x !== i)))} />
                    <StoredHtml className="prose prose-p:my-0" html={html} locale={locale} />
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="rounded border border-warn p-3 text-sm">
            <p className="font-semibold">{labels.redFlags}</p>
            <ul className="list-disc pl-5">{probe.redFlags.map((html, i) => <li key={i}><StoredHtml className="prose prose-p:my-0" html={html} locale={locale} /></li>)}</ul>
            <label className="mt-2 flex items-center gap-2"><input type="checkbox" checked={redFlagHit} onChange={(e) => setRedFlagHit(e.target.checked)} /> {labels.redFlagHit}</label>
          </div>
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label={labels.suggested}>
            {([1, 2, 3, 4] as const).map((r) => (
              <button key={r} type="button" disabled={busy} onClick={() => void grade(r)} aria-describedby={r === suggestion ? "grill-suggested" : undefined}
                className={`rounded border px-3 py-1.5 text-sm disabled:opacity-50 ${r === suggestion ? "border-accent bg-accent text-accent-fg" : "border-line"}`}>
                {labels.ratings[r]}
              </button>
            ))}
            <span id="grill-suggested" className="text-xs text-muted">{labels.suggested}: {labels.ratings[suggestion]}</span>
          </div>
          {failed && <p role="alert" className="text-sm text-bad">{labels.error}</p>}
        </div>
      )}
    </div>
  );
}
