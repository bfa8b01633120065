import { env } from "../env.ts";

/** The app's own origin first, then any extra ones configured. */
export function trustedOrigins(): string[] {
  const extra = env.TRUSTED_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean);
  return [new URL(env.APP_URL).origin, ...extra];
}
