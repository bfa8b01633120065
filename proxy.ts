import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing.ts";

// Only shapes URLs (locale prefix). Authorization never happens here: see lib/auth.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
