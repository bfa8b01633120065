/**
 * Every protected entry point of the app, found from the source and the build — so a new
 * page, route handler or server action that is missing from the matrix fails the test.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = path.join(dir, name);
    return statSync(abs).isDirectory() ? walk(abs) : [abs];
  });
}

/** Route patterns of pages outside the (public) group, e.g. "/mock/[id]/report". */
export function protectedPages(): string[] {
  const base = path.join(ROOT, "app/[locale]");
  return walk(base)
    .filter((f) => f.endsWith("/page.tsx"))
    .map((f) => path.relative(base, path.dirname(f)).split(path.sep))
    .filter((segments) => segments[0] !== "(public)")
    .map((segments) => "/" + segments.filter((s) => !/^\(.*\)$/.test(s)).join("/"))
    .sort();
}

/** "METHOD /api/…" for every exported handler of every route.ts. */
export function routeHandlers(): string[] {
  const base = path.join(ROOT, "app/api");
  return walk(base)
    .filter((f) => f.endsWith("/route.ts"))
    .flatMap((f) => {
      const route = "/api/" + path.relative(base, path.dirname(f)).split(path.sep).join("/");
      const source = readFileSync(f, "utf8");
      return ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => new RegExp(`export (async function|const) ${m}\\b`).test(source)).map((m) => `${m} ${route}`);
    })
    .sort();
}

/** "file#export" for every exported function of every "use server" module. */
export function serverActions(): string[] {
  return walk(path.join(ROOT, "lib"))
    .filter((f) => f.endsWith(".ts") && /^\s*["']use server["']/.test(readFileSync(f, "utf8")))
    .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/^export (?:async function (\w+)|const (\w+) = defineAction\b)/gm)].map((m) => `${path.relative(ROOT, f)}#${m[1] ?? m[2]}`))
    .sort();
}

/** Action id by "file#export", from the e2e build's server reference manifest. */
export function actionIds(distDir = ".next-e2e"): Map<string, { id: string; page: string }> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  const out = new Map<string, { id: string; page: string }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers)[0]!; // e.g. app/[locale]/(account)/login/page
    const page = "/" + worker.replace(/^app\/\[locale\]\//, "").replace(/\/page$/, "").split("/").filter((s) => !/^\(.*\)$/.test(s)).join("/");
    out.set(`${entry.filename}#${entry.exportedName}`, { id, page });
  }
  return out;
}
