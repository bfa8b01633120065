import { env } from "../env.ts";
import type { ThrottleLimits } from "./throttle.ts";

export function throttleLimits(): ThrottleLimits {
  return {
    signInFailuresPerAccount: env.AUTH_MAX_FAILURES_PER_ACCOUNT,
    failureWindowMs: env.AUTH_FAILURE_WINDOW_SECONDS * 1000,
    attemptsPerIp: env.AUTH_MAX_ATTEMPTS_PER_IP,
    ipWindowMs: env.AUTH_IP_WINDOW_SECONDS * 1000,
  };
}
