"use client";
import { useEffect, useState } from "react";
import { useDraft, type DraftLabels } from "@/components/forms/use-draft";
import { formatClock } from "@/lib/time/format";

type TakeEditorProps = { direction: string; initial: { text: string; version: number }; limitSec: number; labels: { take: string; left: string; over: string; draft: DraftLabels } };

/** A direction take under a 3-minute clock (advisory: the answer is kept however long it takes), autosaved as typed. */
export function TakeEditor({ direction, initial, limitSec, labels }: TakeEditorProps) {
  const { attach, onInput, panel } = useDraft({ url: "/api/projects/take", target: { direction }, storageKey: `rollout:take:${direction}`, initial, labels: labels.draft });
  const [started, setStarted] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (started === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [started]);
  const left = limitSec - (started === null ? 0 : Math.max(0, Math.floor((now - started) / 1000)));
  return (
    <div>
      <p className={`mb-2 font-mono text-lg ${left < 0 ? "text-bad" : ""}`} role="timer" aria-live="off" suppressHydrationWarning>
        {left >= 0 ? `${labels.left} ${formatClock(left)}` : `${labels.over} ${formatClock(left)}`}
      </p>
      <label className="block text-sm font-medium">
        {labels.take}
        <textarea
          ref={attach} rows={12} maxLength={5000} defaultValue={initial.text}
          // The clock starts with the first keystroke, as when an interviewer stops talking.
          onInput={() => {
            if (started === null) {
              const t = Date.now();
              setStarted(t);
              setNow(t);
            }
            onInput();
          }}
          className="mt-1 w-full rounded border border-line bg-surface p-2 font-normal"
        />
      </label>
      {panel}
    </div>
  );
}
