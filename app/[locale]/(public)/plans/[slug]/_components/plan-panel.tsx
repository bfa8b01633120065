"use client";
import { useActionState, useEffect, useState } from "react";
import { Link } from "@/i18n/navigation";
import { setPlanStatus, startPlan } from "@/lib/plans/actions";
import { initialResult } from "@/lib/actions/result";
import { FormStatus } from "@/components/ui/form-status";
import type { ModuleProgress, NextStep } from "@/lib/plans/progress";
import { formatCalendarDate } from "@/lib/time/format";
import { DateInput } from "@/components/ui/date-input";

type Progress = { enrollment: { status: string } | null; interviewDate: string | null; modules: ModuleProgress[]; next: NextStep };
type Labels = Record<"start" | "targetDate" | "targetHint" | "pause" | "resume" | "leave" | "signIn" | "status" | "active" | "paused" | "left" | "next" | "read" | "learn" | "review" | "complete" | "progress", string>;

/** The signed-in user's side of a plan page: start / pause / leave, progress and the next step. */
export function PlanPanel({ slug, locale, labels }: { slug: string; locale: string; labels: Labels }) {
  const [progress, setProgress] = useState<Progress | null | "anonymous">(null);
  const [startState, start, starting] = useActionState(startPlan, initialResult);
  const [statusState, setStatus, changing] = useActionState(setPlanStatus, initialResult);
  useEffect(() => {
    let live = true;
    fetch(`/api/plans/${slug}/me`, { credentials: "same-origin" })
      .then(async (r) => (r.status === 401 ? "anonymous" : r.ok ? ((await r.json()) as Progress) : null))
      .then((p) => live && setProgress(p))
      .catch(() => live && setProgress(null));
    return () => {
      live = false;
    };
  }, [slug, startState, statusState]);

  if (progress === null) return <div className="min-h-12" aria-busy="true" />;
  if (progress === "anonymous") {
    return <p className="rounded border border-line p-3 text-sm"><Link href={`/login?next=/plans/${slug}`}>{labels.signIn}</Link></p>;
  }
  const status = progress.enrollment?.status;
  const next = progress.next;
  return (
    <section aria-label={labels.progress} className="rounded-lg border border-accent p-4">
      <FormStatus state={statusState.ok && !statusState.message ? startState : statusState} />
      {status === "active" || status === "paused" ? (
        <>
          <p className="text-sm">{labels.status}: <strong>{labels[status as "active" | "paused"]}</strong>{progress.interviewDate ? ` · ${labels.targetDate} ${formatCalendarDate(progress.interviewDate, locale)}` : ""}</p>
          <p className="mt-2 text-sm" data-testid="plan-next">
            {labels.next}:{" "}
            {next.kind === "read" && <Link href={`/notes/${next.note}`}>{labels.read}</Link>}
            {next.kind === "learn" && <Link href="/review">{labels.learn}</Link>}
            {next.kind === "review" && <Link href={`/questions/${next.question}`}>{labels.review}</Link>}
            {next.kind === "complete" && labels.complete}
          </p>
          <ol className="mt-3 space-y-1 text-sm">
            {progress.modules.map((m, i) => (
              <li key={m.id} className="flex items-center gap-2">
                <span className="w-6 text-muted">{i + 1}.</span>
                <progress value={m.mastered} max={m.total} className="h-2 w-40" aria-label={`${i + 1}: ${m.mastered}/${m.total}`} />
                <span className="tabular-nums" data-testid={`module-${m.id}`}>{m.seen}/{m.total} · {m.mastered}/{m.total}</span>
              </li>
            ))}
          </ol>
          <div className="mt-3 flex flex-wrap gap-2">
            {(["paused", "active", "left"] as const).filter((s) => s !== status).map((s) => (
              <form key={s} action={setStatus}>
                <input type="hidden" name="slug" value={slug} />
                <input type="hidden" name="status" value={s} />
                <button type="submit" disabled={changing} className="rounded border border-line px-3 py-1 text-sm hover:bg-surface-2">
                  {s === "paused" ? labels.pause : s === "active" ? labels.resume : labels.leave}
                </button>
              </form>
            ))}
          </div>
        </>
      ) : (
        <form action={start} className="flex flex-wrap items-end gap-3">
          <FormStatus state={startState} />
          <input type="hidden" name="slug" value={slug} />
          <label className="text-sm">
            {labels.targetDate}
            <DateInput name="interviewDate" defaultValue={progress.interviewDate ?? ""} className="ml-2 rounded border border-line bg-surface px-2 py-1" aria-describedby="target-hint" />
          </label>
          <button type="submit" disabled={starting} className="rounded bg-accent px-4 py-2 text-sm text-accent-fg">{labels.start}</button>
          <p id="target-hint" className="w-full text-xs text-muted">{labels.targetHint}</p>
        </form>
      )}
    </section>
  );
}
