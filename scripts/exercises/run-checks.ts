/**
 * Every exercise's solution must pass all its tests and its starter must fail at least one
 * (a test that cannot fail is a defect) — in CPython and in Pyodide, through the one harness
 * the browser runs (lib/exercises/harness.py). Returns the problems and what was run.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Problem } from "../../lib/content/problems.ts";
import type { ExerciseDoc } from "../../lib/content/types.ts";

type Outcome = { id: string; results: { name: string; status: "pass" | "fail" | "error"; message: string }[] };
type Job = { id: string; code: string; tests: string };

const HARNESS = path.join(import.meta.dirname, "../../lib/exercises/harness.py");

function jobsOf(exercises: ExerciseDoc[]): Job[] {
  return exercises.flatMap((e) => [
    { id: `${e.id}/solution.py`, code: e.solution, tests: e.tests },
    { id: `${e.id}/starter.py`, code: e.starter, tests: e.tests },
  ]);
}

function cpython(jobs: Job[]): Outcome[] {
  const run = spawnSync("python3", [HARNESS], { input: JSON.stringify(jobs), encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (run.error && "code" in run.error && run.error.code === "ENOENT") throw new Error("python3 is needed to check the exercises against CPython (Debian: apt-get install python3)");
  if (run.error || run.status !== 0) throw new Error(`python3 ${HARNESS} failed: ${run.error?.message ?? run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout) as Outcome[];
}

async function pyodide(jobs: Job[]): Promise<{ outcomes: Outcome[]; loadMs: number }> {
  const { loadPyodide } = await import("pyodide");
  const started = performance.now();
  const py = await loadPyodide();
  const loadMs = performance.now() - started;
  py.runPython(readFileSync(HARNESS, "utf8"));
  const run = py.globals.get("run") as (code: string, tests: string) => { toJs: (o: object) => { results: Outcome["results"] } };
  return { outcomes: jobs.map((j) => ({ id: j.id, results: run(j.code, j.tests).toJs({ dict_converter: Object.fromEntries }).results })), loadMs };
}

function judge(runtime: string, exercises: ExerciseDoc[], outcomes: Outcome[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(outcomes.map((o) => [o.id, o.results]));
  for (const e of exercises) {
    const solution = byId.get(`${e.id}/solution.py`) ?? [];
    const starter = byId.get(`${e.id}/starter.py`) ?? [];
    for (const r of solution.filter((x) => x.status !== "pass")) {
      problems.push({ file: `${e.path}/solution.py`, line: 1, field: r.name, message: `${runtime}: ${r.status}: ${r.message.split("\n")[0]}` });
    }
    if (solution.length !== e.testNames.length && !solution.some((x) => x.name === "<code>")) {
      problems.push({ file: `${e.path}/tests.py`, line: 1, field: "tests", message: `${runtime} ran ${solution.length} tests, the file defines ${e.testNames.length}: two tests share a name?` });
    }
    if (starter.length && starter.every((x) => x.status === "pass")) {
      problems.push({ file: `${e.path}/starter.py`, line: 1, field: "starter", message: `${runtime}: the starter passes every test, so no test can fail` });
    }
  }
  return problems;
}

export async function exerciseRunProblems(exercises: ExerciseDoc[]): Promise<{ problems: Problem[]; summary: string }> {
  if (!exercises.length) return { problems: [], summary: "no exercises" };
  const jobs = jobsOf(exercises);
  let started = performance.now();
  const native = cpython(jobs);
  const cpythonMs = performance.now() - started;
  started = performance.now();
  const wasm = await pyodide(jobs);
  const pyodideMs = performance.now() - started - wasm.loadMs;
  const tests = exercises.reduce((n, e) => n + e.testNames.length, 0);
  return {
    problems: [...judge("CPython", exercises, native), ...judge("Pyodide", exercises, wasm.outcomes)],
    summary: `${exercises.length} exercises, ${tests} tests: solutions and starters run in CPython (${Math.round(cpythonMs)} ms) and Pyodide (load ${Math.round(wasm.loadMs)} ms, runs ${Math.round(pyodideMs)} ms)`,
  };
}
