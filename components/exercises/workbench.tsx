"use client";
import { useEffect, useRef, useState } from "react";
import { ExerciseRunner, summarize, type RunOutcome, type WorkerLike } from "@/lib/exercises/runner";
import { Button } from "@/components/ui/button";
import { CodeEditor } from "./code-editor";

export type WorkbenchLabels = {
  editor: string; run: string; running: string; loading: string; reset: string; resetConfirm: string; showSolution: string; solution: string;
  passed: string; allPassed: string; timeout: string; failed: string; output: string; pass: string; fail: string; error: string;
  hint: string; explanation: string;
};

type WorkbenchProps = {
  exerciseId: string;
  starter: string;
  solution: string;
  tests: string;
  /** Shown once the tests all pass or the solution was opened. */
  explanation: React.ReactNode;
  labels: WorkbenchLabels;
};

/** Seconds a run may take once Python is loaded. */
const RUN_LIMIT_MS = 5000;
const LOAD_LIMIT_MS = 90_000;

const spawn = (): WorkerLike => new Worker("/exercise-runtime/worker.mjs", { type: "module" }) as unknown as WorkerLike;

/**
 * Write the function, run the exercise's tests in this browser (Pyodide in a worker; nothing
 * runs on the server), read each test's verdict. What is typed is kept in this browser until
 * it is replaced, so a reload loses nothing.
 */
export function Workbench({ exerciseId, starter, solution, tests, explanation, labels }: WorkbenchProps) {
  const key = `rollout:exercise:${exerciseId}`;
  const [code, setCode] = useState(() => (typeof window === "undefined" ? starter : window.localStorage.getItem(key) ?? starter));
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const [state, setState] = useState<"idle" | "loading" | "running">("idle");
  const [attempted, setAttempted] = useState(false);
  const [solutionShown, setSolutionShown] = useState(false);
  const runner = useRef<ExerciseRunner | null>(null);
  useEffect(() => () => runner.current?.stop(), []);

  const getRunner = () =>
    (runner.current ??= new ExerciseRunner(spawn, {
      limitMs: RUN_LIMIT_MS, loadLimitMs: LOAD_LIMIT_MS,
      // Loaded during a run: the run itself starts now. Loaded by a warm-up: nothing to show.
      onLoaded: () => setState((s) => (s === "loading" ? "running" : s)),
    }));

  const change = (next: string) => {
    setCode(next);
    window.localStorage.setItem(key, next);
  };

  const run = async () => {
    if (state !== "idle") return;
    const active = getRunner();
    setState(active.ready ? "running" : "loading");
    const result = await active.run(code, tests);
    setOutcome(result);
    setAttempted(true);
    setState("idle");
  };

  const summary = outcome && summarize(outcome);
  const solved = summary?.allPassed ?? false;
  const status =
    state === "loading" ? labels.loading
    : state === "running" ? labels.running
    : !outcome ? ""
    : outcome.kind === "timeout" ? labels.timeout.replace("{s}", String(outcome.limitMs / 1000))
    : outcome.kind === "failed" ? `${labels.failed} ${outcome.message}`
    : solved ? labels.allPassed.replace("{n}", String(summary!.total))
    : labels.passed.replace("{passed}", String(summary!.passed)).replace("{total}", String(summary!.total));

  return (
    <section className="mt-6" aria-label={labels.editor}>
      <CodeEditor value={code} onChange={change} onRun={run} onFocus={() => getRunner().warm()} label={labels.editor} />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="button" onClick={run} disabled={state !== "idle"} aria-keyshortcuts="Control+Enter Meta+Enter">{labels.run}</Button>
        <Button type="button" variant="secondary" onClick={() => window.confirm(labels.resetConfirm) && change(starter)}>{labels.reset}</Button>
        {attempted && !solutionShown && <Button type="button" variant="secondary" onClick={() => setSolutionShown(true)}>{labels.showSolution}</Button>}
        <span className="text-xs text-muted">{labels.hint}</span>
      </div>
      <p role="status" aria-live="polite" className={`mt-3 text-sm ${solved ? "text-good" : outcome && outcome.kind !== "done" ? "text-bad" : ""}`} data-testid="run-status">{status}</p>
      {outcome?.kind === "done" && (
        <ol className="mt-2 space-y-2 text-sm" data-testid="test-results">
          {outcome.results.map((r) => (
            <li key={r.name} className={`rounded border p-2 ${r.status === "pass" ? "border-good" : "border-bad"}`} data-status={r.status}>
              <p><strong className={r.status === "pass" ? "text-good" : "text-bad"}>{labels[r.status]}</strong> · {r.doc || r.name}</p>
              {r.message && <pre className="mt-1 overflow-x-auto whitespace-pre-wrap text-xs">{r.message}</pre>}
            </li>
          ))}
        </ol>
      )}
      {outcome?.kind === "done" && outcome.output && (
        <details className="mt-3 text-sm"><summary>{labels.output}</summary><pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap rounded bg-surface-2 p-2 text-xs">{outcome.output}</pre></details>
      )}
      {solutionShown && (
        <section className="mt-6" aria-labelledby="solution">
          <h2 id="solution" className="mb-2 text-lg font-semibold">{labels.solution}</h2>
          <pre className="overflow-x-auto rounded bg-surface-2 p-3 text-xs" data-testid="solution"><code>{solution}</code></pre>
        </section>
      )}
      {(solved || solutionShown) && (
        <section className="mt-6" aria-labelledby="explanation">
          <h2 id="explanation" className="mb-2 text-lg font-semibold">{labels.explanation}</h2>
          {explanation}
        </section>
      )}
    </section>
  );
}
