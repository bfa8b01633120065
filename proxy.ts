import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing.ts";
import { isTrustedWrite } from "./lib/auth/origins.ts";

const localize = createMiddleware(routing);

/**
 * Shapes URLs (locale prefix) and turns away cross-origin writes to pages — server actions —
 * with a 403 before Next sees them (Next answers a foreign Origin with a 500). Authorization
 * never happens here: see lib/auth.
 */
export default function proxy(request: NextRequest) {
  if (!isTrustedWrite(request.method, request.headers.get("origin"))) {
    return NextResponse.json({ error: "forbidden", message: "Cross-origin request refused" }, { status: 403 });
  }
  return localize(request);
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
