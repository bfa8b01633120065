/**
 * After `next build`: the SHA-256 of every inline script of every prerendered page, by the
 * path it is served at, for the Content-Security-Policy (lib/security/csp.ts). Written next to
 * the build (NEXT_DIST_DIR/csp-hashes.json) and read by proxy.ts.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inlineScriptHashes, pathOfPrerendered } from "../lib/security/csp.ts";
import { routing } from "../i18n/routing.ts";
import { CSP_HASHES_FILE, type CspHashes } from "../lib/security/csp-hashes-file.ts";

const dist = process.env.NEXT_DIST_DIR ?? ".next";
const app = path.join(dist, "server", "app");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : full.endsWith(".html") ? [full] : [];
  });
}

const out: CspHashes = { pages: {}, fallbacks: [] };
for (const file of walk(app)) {
  const relative = path.relative(app, file);
  const hashes = inlineScriptHashes(readFileSync(file, "utf8"));
  const route = pathOfPrerendered(relative, routing.defaultLocale);
  if (route) out.pages[route] = hashes;
  // Next serves these prerendered pages for errors under any path.
  else out.fallbacks.push(...hashes);
}
out.fallbacks = [...new Set(out.fallbacks)];
writeFileSync(path.join(dist, CSP_HASHES_FILE), JSON.stringify(out));
console.log(`✓ CSP hashes for ${Object.keys(out.pages).length} prerendered pages`);
