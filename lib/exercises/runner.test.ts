import { describe, expect, it } from "vitest";
import { ExerciseRunner, summarize, type Timers, type WorkerLike } from "./runner";

/** A worker that answers as the test script says, and records what it was told. */
class FakeWorker implements WorkerLike {
  sent: { id: number; code: string }[] = [];
  terminated = false;
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  postMessage(message: unknown) {
    this.sent.push(message as { id: number; code: string });
  }
  terminate() {
    this.terminated = true;
  }
  say(data: Parameters<NonNullable<WorkerLike["onmessage"]>>[0]["data"]) {
    this.onmessage?.({ data });
  }
}

/** Timers that fire only when the test says time has passed. */
function fakeTimers() {
  let now = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  const timers: Timers = { set: (fn, ms) => (pending.set(next, { at: now + ms, fn }), next++), clear: (h) => pending.delete(h as number) };
  const advance = (ms: number) => {
    now += ms;
    for (const [h, t] of [...pending]) {
      if (t.at > now) continue;
      pending.delete(h);
      t.fn();
    }
  };
  return { timers, advance, pending };
}

const pass = { name: "test_a", doc: "甲", status: "pass" as const, message: "" };

describe("the exercise runner", () => {
  it("sends the code once the worker exists and returns the results it gets back for that run", async () => {
    const workers: FakeWorker[] = [];
    const { timers } = fakeTimers();
    let loaded = 0;
    const runner = new ExerciseRunner(() => (workers.push(new FakeWorker()), workers.at(-1)!), { limitMs: 5000, loadLimitMs: 60_000, onLoaded: (ms) => (loaded = ms) }, timers);
    const outcome = runner.run("def f(): pass", "tests");
    const w = workers[0]!;
    expect(w.sent[0]).toMatchObject({ id: 1, code: "def f(): pass" });
    w.say({ type: "ready", loadMs: 4200 });
    w.say({ type: "result", id: 99, results: [], output: "", ms: 1 }); // another run's answer is not this one's
    w.say({ type: "result", id: 1, results: [pass], output: "hi", ms: 12 });
    expect(await outcome).toEqual({ kind: "done", results: [pass], output: "hi", ms: 12 });
    expect(loaded).toBe(4200);
    // The next run reuses the loaded worker.
    void runner.run("x", "t");
    expect(workers).toHaveLength(1);
  });

  it("counts the time limit from when Python is loaded, and stops a run past it by ending the worker", async () => {
    const workers: FakeWorker[] = [];
    const { timers, advance } = fakeTimers();
    const runner = new ExerciseRunner(() => (workers.push(new FakeWorker()), workers.at(-1)!), { limitMs: 5000, loadLimitMs: 60_000 }, timers);
    const outcome = runner.run("while True: pass", "t");
    advance(20_000); // still loading: no limit but the load limit
    expect(runner.ready).toBe(false);
    workers[0]!.say({ type: "ready", loadMs: 20_000 });
    expect(runner.ready).toBe(true);
    advance(4999);
    advance(1);
    expect(await outcome).toEqual({ kind: "timeout", limitMs: 5000 });
    expect(workers[0]!.terminated).toBe(true);
    expect(runner.ready).toBe(false);
    // A fresh worker for the next run.
    void runner.run("ok", "t");
    expect(workers).toHaveLength(2);
  });

  it("warms up: Python loads before the first run, which then gets the run limit only", async () => {
    const workers: FakeWorker[] = [];
    const { timers, advance } = fakeTimers();
    let loaded = 0;
    const runner = new ExerciseRunner(() => (workers.push(new FakeWorker()), workers.at(-1)!), { limitMs: 5000, loadLimitMs: 60_000, onLoaded: (ms) => (loaded = ms) }, timers);
    runner.warm();
    runner.warm(); // a second focus starts nothing new
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent).toEqual([{ type: "load" }]);
    workers[0]!.say({ type: "ready", loadMs: 3000 });
    expect(loaded).toBe(3000);
    const outcome = runner.run("while True: pass", "t");
    expect(workers).toHaveLength(1);
    advance(5000);
    expect(await outcome).toEqual({ kind: "timeout", limitMs: 5000 });
  });

  it("says so when Python does not load, or the worker fails or crashes", async () => {
    const workers: FakeWorker[] = [];
    const { timers, advance } = fakeTimers();
    const runner = new ExerciseRunner(() => (workers.push(new FakeWorker()), workers.at(-1)!), { limitMs: 5000, loadLimitMs: 60_000 }, timers);
    const slow = runner.run("a", "t");
    advance(60_000);
    expect(await slow).toEqual({ kind: "failed", message: "Python did not load within 60 s" });
    const failed = runner.run("b", "t");
    workers[1]!.say({ type: "failed", id: 2, message: "PythonError: boom" });
    expect(await failed).toEqual({ kind: "failed", message: "PythonError: boom" });
    const crashed = runner.run("c", "t");
    workers[1]!.onerror?.({ message: "out of memory" });
    expect(await crashed).toEqual({ kind: "failed", message: "out of memory" });
    expect(workers[1]!.terminated).toBe(true);
  });

  it("sums up a run: all passed only when every test ran and passed", () => {
    const fail = { ...pass, name: "test_b", status: "fail" as const };
    expect(summarize({ kind: "done", results: [pass, pass], output: "", ms: 1 })).toEqual({ passed: 2, total: 2, allPassed: true });
    expect(summarize({ kind: "done", results: [pass, fail], output: "", ms: 1 })).toEqual({ passed: 1, total: 2, allPassed: false });
    expect(summarize({ kind: "done", results: [], output: "", ms: 1 }).allPassed).toBe(false);
    expect(summarize({ kind: "timeout", limitMs: 5000 }).allPassed).toBe(false);
  });
});
