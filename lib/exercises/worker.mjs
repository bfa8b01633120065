// The exercise runner: a module Web Worker the exercise page starts (lib/exercises/runner.ts).
// Served raw by app/exercise-runtime/[file]/route.ts with its own CSP: it may compile
// WebAssembly and fetch from our origin only. Pyodide loads once per worker; a run that does
// not end is stopped by the page terminating the whole worker.
const BASE = new URL(".", self.location.href).href;
let ready = null;

async function load() {
  const started = performance.now();
  const { loadPyodide } = await import(`${BASE}pyodide.mjs`);
  const py = await loadPyodide({ indexURL: BASE });
  py.runPython(await (await fetch(`${BASE}harness.py`)).text());
  self.postMessage({ type: "ready", loadMs: Math.round(performance.now() - started) });
  return py.globals.get("run");
}

self.onmessage = async (event) => {
  const { id, code, tests } = event.data;
  try {
    ready ??= load();
    // A warm-up only loads Python; the page learns it from the "ready" message.
    if (event.data.type === "load") return void (await ready);
    const run = await ready;
    const started = performance.now();
    const outcome = run(code, tests).toJs({ dict_converter: Object.fromEntries });
    self.postMessage({ type: "result", id, results: outcome.results, output: outcome.output, ms: Math.round(performance.now() - started) });
  } catch (error) {
    self.postMessage({ type: "failed", id, message: String(error?.message ?? error) });
  }
};
