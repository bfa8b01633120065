/**
 * The Content-Security-Policy, without 'unsafe-inline' for scripts. Next's App Router puts
 * inline scripts in every page (its bootstrap and the RSC payload, self.__next_f.push(…)), and
 * its experimental SRI covers only <script src> files — so each page allows exactly its own:
 * - a page prerendered at build time: the SHA-256 of each of its inline scripts, taken from the
 *   built HTML after `next build` (scripts/csp-hashes.ts) — the page stays static;
 * - a page rendered per request: a fresh nonce, which Next puts on its scripts when it finds
 *   it in the request's CSP header (NOTE: Next docs, "Content Security Policy", nonces).
 * Scripts from this origin stay allowed ('self'): the JavaScript chunks. Pure.
 */
import { createHash } from "node:crypto";

/** Which inline scripts may run: those with these hashes and/or this nonce — or any (no hash file). */
export type ScriptSources = { hashes?: string[]; nonce?: string } | { unsafeInline: true };

export function contentSecurityPolicy(scripts: ScriptSources, dev = false): string {
  const inline = "unsafeInline" in scripts ? "'unsafe-inline'" : [...(scripts.nonce ? [`'nonce-${scripts.nonce}'`] : []), ...(scripts.hashes ?? []).map((h) => `'${h}'`)].join(" ");
  return [
    "default-src 'self'",
    `script-src 'self' ${inline}${dev ? " 'unsafe-eval'" : ""}`,
    // KaTeX positions glyphs with style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** For JSON and other non-page responses: nothing may run or be embedded. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** "sha256-…" of every inline <script> in a page, in the form CSP expects. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1]!)) continue;
    hashes.add(`sha256-${createHash("sha256").update(match[2]!, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/**
 * The public path a prerendered HTML file is served at: "zh-CN/questions/x.html" →
 * "/questions/x" (the default locale has no prefix), "en.html" → "/en". Null for Next's own
 * files (_not-found, _global-error), which are not pages of their own.
 */
export function pathOfPrerendered(relative: string, defaultLocale: string): string | null {
  const route = relative.replace(/\\/g, "/").replace(/\.html$/, "");
  if (route.startsWith("_")) return null;
  const [locale, ...rest] = route.split("/");
  const tail = rest.length ? `/${rest.join("/")}` : "";
  return locale === defaultLocale ? tail || "/" : `/${locale}${tail}`;
}
