import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing.ts";
import { isTrustedWrite } from "./lib/auth/origins.ts";
import { pagePolicy } from "./lib/security/page-policy.ts";

const localize = createMiddleware(routing);

/**
 * Runs before every page (not the API or static files):
 * - turns away cross-origin writes — server actions — with a 403 before Next sees them (Next
 *   answers a foreign Origin with a 500);
 * - gives the page its Content-Security-Policy (lib/security/csp.ts): a nonce also goes into
 *   the request, where Next finds it and puts it on its scripts;
 * - shapes URLs (locale prefix). Authorization never happens here: see lib/auth.
 */
export default function proxy(request: NextRequest) {
  if (!isTrustedWrite(request.method, request.headers.get("origin"))) {
    return NextResponse.json({ error: "forbidden", message: "Cross-origin request refused" }, { status: 403 });
  }
  const policy = pagePolicy(request.nextUrl.pathname);
  let forwarded = request;
  if (policy.nonce) {
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy.header);
    forwarded = new NextRequest(request, { headers });
  }
  const response = localize(forwarded);
  response.headers.set("Content-Security-Policy", policy.header);
  return response;
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
