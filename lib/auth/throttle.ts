/**
 * Sign-in and sign-up throttling, shared by the forms (server actions) and the auth API:
 * per account, failed sign-ins; per IP, all attempts. Limits are settings (lib/env).
 */
import type { Db } from "../db/client.ts";
import { hit, peek, clear } from "./rate-limit.ts";

export type ThrottleLimits = {
  signInFailuresPerAccount: number; // within failureWindowMs
  failureWindowMs: number;
  attemptsPerIp: number; // sign-in + sign-up attempts within ipWindowMs
  ipWindowMs: number;
};

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const accountKey = (email: string) => `signin-fail:${email.trim().toLowerCase()}`;
const ipKey = (ip: string) => `auth-ip:${ip}`;

function blocked(resetAt: number, now: number): Verdict {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
}

/** Call before a sign-in; counts the attempt against the IP. */
export async function checkSignIn(db: Db, limits: ThrottleLimits, email: string, ip: string, now = Date.now()): Promise<Verdict> {
  const failures = await peek(db, accountKey(email), limits.failureWindowMs, now);
  if (failures.count >= limits.signInFailuresPerAccount) return blocked(failures.resetAt, now);
  const attempts = await hit(db, ipKey(ip), limits.ipWindowMs, now);
  if (attempts.count > limits.attemptsPerIp) return blocked(attempts.resetAt, now);
  return { allowed: true };
}

export async function recordSignInFailure(db: Db, limits: ThrottleLimits, email: string, now = Date.now()) {
  await hit(db, accountKey(email), limits.failureWindowMs, now);
}

/** A successful sign-in forgives earlier failures of that account. */
export async function recordSignInSuccess(db: Db, email: string) {
  await clear(db, accountKey(email));
}

export async function checkSignUp(db: Db, limits: ThrottleLimits, ip: string, now = Date.now()): Promise<Verdict> {
  const attempts = await hit(db, ipKey(ip), limits.ipWindowMs, now);
  return attempts.count > limits.attemptsPerIp ? blocked(attempts.resetAt, now) : { allowed: true };
}
