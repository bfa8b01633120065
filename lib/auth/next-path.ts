/**
 * Where to send someone after they sign in or up (?next=…): only a path on this site.
 * The value is resolved with the URL parser, exactly as a browser would resolve it against
 * our origin — tabs and newlines dropped, backslashes read as slashes, dot segments
 * collapsed — and kept only if it stays on our origin and cannot be read as another host.
 * String checks missed `/\t/evil.example` (a browser drops the tab and leaves the site), and
 * a newline or a Chinese character in a raw Location header answered 500 (issue 12). Pure.
 */
import { routing } from "../../i18n/routing.ts";

// Any origin works as the base: we only ask whether the result stayed on it.
const BASE = "http://rollout.invalid";
const LOCALE_PREFIX = new RegExp(`^/(?:${routing.locales.map((l) => l.replace(/[-]/g, "\\-")).join("|")})(?=/|$)`);

/** "/%" or "/%zz" is no page at all; following it would only fail. */
function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The path to go to, or null when none was given or it cannot be trusted (the caller picks one). */
export function safeNextPath(raw: unknown): string | null {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  // "/..//evil.example" normalises to the path "//evil.example": on our origin here, but a
  // Location header starting with // is another host to a browser.
  if (url.origin !== BASE || url.pathname.startsWith("//") || !decodes(url.pathname)) return null;
  // The locale is added by the redirect; a path that already carries one would get two.
  const path = url.pathname.replace(LOCALE_PREFIX, "") || "/";
  return `${path}${url.search}${url.hash}`;
}
