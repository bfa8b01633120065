import { env } from "../env.ts";

/** The app's own origin first, then any extra ones configured. */
export function trustedOrigins(): string[] {
  const extra = env.TRUSTED_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean);
  return [new URL(env.APP_URL).origin, ...extra];
}

/**
 * A state-changing request must come from one of our own pages: browsers send Origin on every
 * POST, and a request without one (a script) carries no one's cookies by accident.
 */
export function isTrustedWrite(method: string, origin: string | null): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return true;
  return !!origin && trustedOrigins().includes(origin);
}
