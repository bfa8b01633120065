/**
 * Where to send someone after they sign in or up (?next=…): only a path on this site.
 * The value is resolved with the URL parser, exactly as a browser would resolve it against
 * our origin — tabs and newlines dropped, backslashes read as slashes, dot segments
 * collapsed — and kept only if it stays on our origin and cannot be read as another host.
 * String checks missed `/\t/evil.example` (a browser drops the tab and leaves the site), and
 * a newline or a Chinese character in a raw Location header answered 500 (issue 12). Pure.
 */
import { routing } from "../../i18n/routing.ts";

export const DEFAULT_NEXT = "/study";

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

export function safeNextPath(raw: unknown, fallback = DEFAULT_NEXT): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.length > 2000) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  // "/..//evil.example" normalises to the path "//evil.example": on our origin here, but a
  // Location header starting with // is another host to a browser.
  if (url.origin !== BASE || url.pathname.startsWith("//") || !decodes(url.pathname)) return fallback;
  // The locale is added by the redirect; a path that already carries one would get two.
  const path = url.pathname.replace(LOCALE_PREFIX, "") || "/";
  return `${path}${url.search}${url.hash}`;
}
