/**
 * The Content-Security-Policy of a page request (proxy.ts): the hashes of a prerendered page,
 * or a fresh nonce for one rendered per request. Without the hash file (a build that skipped
 * scripts/csp-hashes.ts, or `next dev`) it falls back to 'unsafe-inline' and says so once.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env.ts";
import { contentSecurityPolicy } from "./csp.ts";
import { CSP_HASHES_FILE, type CspHashes } from "./csp-hashes-file.ts";

let hashes: CspHashes | null | undefined;

function load(): CspHashes | null {
  if (hashes !== undefined) return hashes;
  const file = path.join(process.cwd(), env.NEXT_DIST_DIR, CSP_HASHES_FILE);
  hashes = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as CspHashes) : null;
  if (!hashes && env.NODE_ENV === "production") console.warn(`CSP: ${file} is missing (run scripts/csp-hashes.ts after next build); allowing inline scripts`);
  return hashes;
}

export type PagePolicy = { header: string; nonce: string | null };

export function pagePolicy(pathname: string): PagePolicy {
  const dev = env.NODE_ENV === "development";
  const known = load();
  if (!known) return { header: contentSecurityPolicy({ unsafeInline: true }, dev), nonce: null };
  const page = known.pages[pathname];
  if (page) return { header: contentSecurityPolicy({ hashes: [...new Set([...page, ...known.fallbacks])] }, dev), nonce: null };
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  return { header: contentSecurityPolicy({ nonce, hashes: known.fallbacks }, dev), nonce };
}
