"use client";
import { useActionState, useEffect, useState } from "react";
import { Link } from "@/i18n/navigation";
import { setPlanStatus, startPlan } from "@/lib/plans/actions";
import { initialResult } from "@/lib/actions/result";
import { fill } from "@/lib/i18n-text";
import { FormStatus } from "@/components/ui/form-status";
import { useSession } from "@/components/layout/use-session";
import type { ModuleProgress, NextStep, PlanCalendar } from "@/lib/plans/progress";
import { formatCalendarDate } from "@/lib/time/format";
import { DateInput } from "@/components/ui/date-input";

type Progress = { enrollment: { status: string } | null; interviewDate: string | null; modules: ModuleProgress[]; next: NextStep; calendar: PlanCalendar | null };
export type PlanPanelLabels = Record<
  | "start" | "targetDate" | "targetHint" | "pause" | "resume" | "leave" | "leaveConfirm" | "signIn" | "status" | "active" | "paused" | "left" | "next" | "read" | "learn" | "review" | "complete"
  | "progress" | "interviewOn" | "notesRead" | "seen" | "mastered" | "calendar" | "expected" | "actual" | "ahead" | "onTrack" | "behind" | "done" | "squeezed",
  string
>;

/** The signed-in user's side of a plan page: start / pause / leave, labelled progress, the calendar and the next step. */
export function PlanPanel({ slug, locale, modules, labels }: { slug: string; locale: string; modules: { id: string; title: string }[]; labels: PlanPanelLabels }) {
  const session = useSession();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [startState, start, starting] = useActionState(startPlan, initialResult);
  const [statusState, setStatus, changing] = useActionState(setPlanStatus, initialResult);
  useEffect(() => {
    if (!session) return;
    let live = true;
    fetch(`/api/plans/${slug}/me`, { credentials: "same-origin" })
      .then(async (r) => (r.ok ? ((await r.json()) as Progress) : null))
      .then((p) => live && setProgress(p))
      .catch(() => live && setProgress(null));
    return () => {
      live = false;
    };
  }, [slug, session, startState, statusState]);

  if (session === null) {
    return <p className="rounded border border-line p-3 text-sm"><Link href={`/login?next=/plans/${slug}`}>{labels.signIn}</Link></p>;
  }
  if (!progress) return <div className="min-h-12" aria-busy="true" />;
  const status = progress.enrollment?.status;
  const title = (id: string | null) => modules.find((m) => m.id === id)?.title ?? "";
  return (
    <section aria-label={labels.progress} className="rounded-lg border border-accent p-4">
      <FormStatus state={statusState.ok && !statusState.message ? startState : statusState} />
      {status === "active" || status === "paused" ? (
        <>
          <p className="text-sm">
            {labels.status}: <strong>{labels[status as "active" | "paused"]}</strong>
            {progress.interviewDate && <> · {fill(labels.interviewOn, { date: formatCalendarDate(progress.interviewDate, locale) })}</>}
          </p>
          <NextStepLine next={progress.next} labels={labels} title={title} />
          {progress.calendar && <CalendarLine calendar={progress.calendar} locale={locale} labels={labels} title={title} />}
          <ol className="mt-3 space-y-2 text-sm">
            {progress.modules.map((m, i) => (
              <li key={m.id} data-testid={`module-${m.id}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span className={progress.calendar?.expected === m.id ? "font-semibold" : ""}>{i + 1}. {title(m.id)}</span>
                  <span className="text-xs text-muted tabular-nums">
                    {m.notes > 0 && <>{fill(labels.notesRead, { read: m.notesRead, n: m.notes })} · </>}
                    {fill(labels.seen, { seen: m.seen, total: m.total })} · {fill(labels.mastered, { mastered: m.mastered, total: m.total })}
                  </span>
                </div>
                {/* Seen fills the lighter bar, mastered the darker: a day's work shows at once. */}
                <div className="relative mt-1 h-2 rounded bg-surface-2" aria-hidden="true">
                  <div className="absolute inset-y-0 left-0 rounded bg-accent/35" style={{ width: `${(100 * m.seen) / Math.max(1, m.total)}%` }} />
                  <div className="absolute inset-y-0 left-0 rounded bg-accent" style={{ width: `${(100 * m.mastered) / Math.max(1, m.total)}%` }} />
                </div>
              </li>
            ))}
          </ol>
          <div className="mt-4 flex flex-wrap items-start gap-2 text-sm">
            <form action={setStatus}>
              <input type="hidden" name="slug" value={slug} />
              <input type="hidden" name="status" value={status === "active" ? "paused" : "active"} />
              <button type="submit" disabled={changing} className="rounded border border-line px-3 py-1 hover:bg-surface-2">{status === "active" ? labels.pause : labels.resume}</button>
            </form>
            <details>
              <summary className="cursor-pointer rounded px-3 py-1 text-bad">{labels.leave}</summary>
              <form action={setStatus} className="mt-2">
                <p className="mb-2">{labels.leaveConfirm}</p>
                <input type="hidden" name="slug" value={slug} />
                <input type="hidden" name="status" value="left" />
                <button type="submit" disabled={changing} className="rounded bg-bad px-3 py-1 text-white">{labels.leave}</button>
              </form>
            </details>
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

function NextStepLine({ next, labels, title }: { next: NextStep; labels: PlanPanelLabels; title: (id: string) => string }) {
  return (
    <p className="mt-2 text-sm" data-testid="plan-next">
      {labels.next}:{" "}
      {next.kind === "read" && <Link href={`/notes/${next.note}`}>{fill(labels.read, { module: title(next.moduleId) })}</Link>}
      {next.kind === "learn" && <Link href="/review">{fill(labels.learn, { module: title(next.moduleId) })}</Link>}
      {next.kind === "review" && <Link href={`/questions/${next.question}`}>{labels.review}</Link>}
      {next.kind === "complete" && labels.complete}
    </p>
  );
}

function CalendarLine({ calendar, locale, labels, title }: { calendar: PlanCalendar; locale: string; labels: PlanPanelLabels; title: (id: string | null) => string }) {
  const pace = { ahead: labels.ahead, "on-track": labels.onTrack, behind: labels.behind, done: labels.done }[calendar.pace];
  const window = calendar.windows.find((w) => w.id === calendar.expected);
  return (
    <div className="mt-3 rounded bg-surface-2 p-3 text-sm" data-testid="plan-calendar">
      <p>
        <strong>{labels.calendar}</strong> · {formatCalendarDate(calendar.windows[0]!.from, locale)} → {formatCalendarDate(calendar.end, locale)} · <span className={calendar.pace === "behind" ? "text-bad" : "text-good"}>{pace}</span>
      </p>
      {window && <p className="mt-1">{fill(labels.expected, { module: title(window.id), from: formatCalendarDate(window.from, locale), to: formatCalendarDate(window.to, locale) })}</p>}
      {calendar.actual && <p className="mt-1">{fill(labels.actual, { module: title(calendar.actual) })}</p>}
      {calendar.squeezed && calendar.pace !== "done" && <p className="mt-1 text-muted">{fill(labels.squeezed, { planDays: calendar.planDays, daysLeft: calendar.daysLeft })}</p>}
    </div>
  );
}
