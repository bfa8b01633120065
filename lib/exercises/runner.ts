/**
 * The exercise page's side of the runner: it starts the worker (lib/exercises/worker.mjs),
 * sends code and tests, and waits — within a time limit that starts once Python is loaded; a run
 * past it terminates the worker (the only way to stop `while True: pass`) and the next run starts
 * a fresh one. Pure: the worker and the timers are passed in, so the protocol is tested without
 * a browser.
 */
export type TestResult = { name: string; doc: string; status: "pass" | "fail" | "error"; message: string };

export type RunOutcome =
  | { kind: "done"; results: TestResult[]; output: string; ms: number }
  | { kind: "timeout"; limitMs: number }
  | { kind: "failed"; message: string };

type FromWorker =
  | { type: "ready"; loadMs: number }
  | { type: "result"; id: number; results: TestResult[]; output: string; ms: number }
  | { type: "failed"; id: number; message: string };

export type WorkerLike = {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
};

export type Timers = { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };

export type RunnerOptions = {
  /** Seconds a run may take once Python is loaded. */
  limitMs: number;
  /** Loading Python the first time (a few seconds; more on a slow phone). */
  loadLimitMs: number;
  onLoaded?: (loadMs: number) => void;
};

export class ExerciseRunner {
  private worker: WorkerLike | null = null;
  private loaded = false;
  private nextId = 1;

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly options: RunnerOptions,
    private readonly timers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
  ) {}

  /** Start loading Python before the first run (the editor got focus): the first run then waits less. */
  warm() {
    if (this.worker) return;
    const worker = (this.worker = this.spawn());
    worker.onmessage = ({ data }) => {
      if (data.type !== "ready") return;
      this.loaded = true;
      this.options.onLoaded?.(data.loadMs);
    };
    worker.postMessage({ type: "load" });
  }

  run(code: string, tests: string): Promise<RunOutcome> {
    const id = this.nextId++;
    const worker = (this.worker ??= this.spawn());
    return new Promise((resolve) => {
      let timer: unknown = null;
      const arm = (ms: number) => {
        if (timer !== null) this.timers.clear(timer);
        timer = this.timers.set(() => {
          const wasLoaded = this.loaded;
          // Only a fresh worker stops a loop that never yields.
          this.stop();
          resolve(wasLoaded ? { kind: "timeout", limitMs: ms } : { kind: "failed", message: `Python did not load within ${Math.round(ms / 1000)} s` });
        }, ms);
      };
      const settle = (outcome: RunOutcome) => {
        if (timer !== null) this.timers.clear(timer);
        resolve(outcome);
      };
      worker.onmessage = ({ data }) => {
        if (data.type === "ready") {
          this.loaded = true;
          this.options.onLoaded?.(data.loadMs);
          arm(this.options.limitMs);
        } else if (data.id === id) {
          settle(data.type === "result" ? { kind: "done", results: data.results, output: data.output, ms: data.ms } : { kind: "failed", message: data.message });
        }
      };
      worker.onerror = (event) => {
        this.stop();
        settle({ kind: "failed", message: event.message || "the Python worker stopped" });
      };
      arm(this.loaded ? this.options.limitMs : this.options.loadLimitMs);
      worker.postMessage({ id, code, tests });
    });
  }

  /** Whether Python is loaded in the current worker (a run then goes straight to running). */
  get ready(): boolean {
    return this.loaded;
  }

  /** End the worker (leaving the page, or a run past its limit). */
  stop() {
    this.worker?.terminate();
    this.worker = null;
    this.loaded = false;
  }
}

/** What the page says of an outcome: passed n of m, or why nothing ran. */
export function summarize(outcome: RunOutcome): { passed: number; total: number; allPassed: boolean } {
  if (outcome.kind !== "done") return { passed: 0, total: 0, allPassed: false };
  const passed = outcome.results.filter((r) => r.status === "pass").length;
  const ran = outcome.results.filter((r) => r.name !== "<code>").length;
  return { passed, total: outcome.results.length, allPassed: ran > 0 && passed === outcome.results.length };
}
