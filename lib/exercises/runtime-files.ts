/**
 * The files the exercise runtime serves from our own origin (no CDN): Pyodide's, the worker
 * and the test harness. An allowlist: nothing else under node_modules is reachable. Pure.
 */
/** The worker's own Content-Security-Policy: it may compile WebAssembly and fetch only from here. */
export const RUNTIME_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

export const RUNTIME_FILES: Record<string, { from: "pyodide" | "lib"; type: string }> = {
  "pyodide.mjs": { from: "pyodide", type: "text/javascript" },
  "pyodide.asm.mjs": { from: "pyodide", type: "text/javascript" },
  "pyodide.asm.wasm": { from: "pyodide", type: "application/wasm" },
  "python_stdlib.zip": { from: "pyodide", type: "application/zip" },
  "pyodide-lock.json": { from: "pyodide", type: "application/json" },
  "worker.mjs": { from: "lib", type: "text/javascript" },
  "harness.py": { from: "lib", type: "text/x-python" },
};
