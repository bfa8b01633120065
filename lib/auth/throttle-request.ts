/** The throttle as configured for this server: its settings, and who an attempt comes from. */
import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "../env.ts";
import { clientIp } from "./client-ip.ts";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, deviceOf, newDeviceToken } from "./device.ts";
import type { Attempt, ThrottleLimits } from "./throttle.ts";

export function throttleLimits(): ThrottleLimits {
  return {
    attemptsPerIp: env.AUTH_MAX_ATTEMPTS_PER_IP,
    ipWindowMs: env.AUTH_IP_WINDOW_SECONDS * 1000,
    failuresBeforeBackoff: env.AUTH_FAILURES_BEFORE_BACKOFF,
    maxBackoffMs: env.AUTH_MAX_BACKOFF_SECONDS * 1000,
    accountCeiling: env.AUTH_ACCOUNT_CEILING,
    accountWindowMs: env.AUTH_ACCOUNT_CEILING_WINDOW_SECONDS * 1000,
  };
}

/** The client address of this request (see lib/auth/client-ip.ts). */
export const requestIp = (headers: Headers) => clientIp(headers, env.TRUST_PROXY_HOPS);

// Without a configured secret (development), device cookies last as long as the process.
const deviceSecret = env.BETTER_AUTH_SECRET ?? randomBytes(32).toString("hex");

/** Who is trying to sign in to `email`: their address, and their device if it proved itself for this account. */
export async function signInAttempt(headers: Headers, email: string): Promise<Attempt> {
  const token = (await cookies()).get(DEVICE_COOKIE)?.value;
  return { email, ip: requestIp(headers), device: deviceOf(token, deviceSecret, email) };
}

/** After a successful sign-in: this browser is now a known device of the account. */
export async function rememberDevice(email: string): Promise<void> {
  (await cookies()).set(DEVICE_COOKIE, newDeviceToken(deviceSecret, email), { httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: DEVICE_COOKIE_MAX_AGE });
}
