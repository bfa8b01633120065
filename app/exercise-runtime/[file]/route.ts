import { readFile } from "node:fs/promises";
import path from "node:path";
import { RUNTIME_CSP, RUNTIME_FILES } from "@/lib/exercises/runtime-files";

/**
 * GET /exercise-runtime/<file>: Pyodide, the worker and the harness, from our own origin, for
 * anyone (they are public code). Only the allowlisted files; cached, as they change only with
 * a release.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const entry = RUNTIME_FILES[file];
  if (!entry) return new Response("Not found", { status: 404 });
  const dir = entry.from === "pyodide" ? path.join(process.cwd(), "node_modules/pyodide") : path.join(process.cwd(), "lib/exercises");
  const body = await readFile(path.join(dir, file));
  return new Response(new Uint8Array(body), {
    headers: { "content-type": entry.type, "cache-control": "public, max-age=86400", "content-security-policy": RUNTIME_CSP },
  });
}
