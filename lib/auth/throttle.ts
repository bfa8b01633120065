/**
 * Sign-in and sign-up throttling, shared by the forms (server actions) and the auth API.
 * Policy (README, "Sign-in throttling"):
 * - per client address: all sign-in and sign-up attempts, fixed window;
 * - per account and client: after N failures each further attempt waits, from one minute
 *   doubling up to a cap — the client is the device (a signed cookie from an earlier sign-in
 *   to this account) or else the address. A stranger guessing from elsewhere therefore slows
 *   only themself: the owner's device and network are separate counters;
 * - per account, failures from unknown devices: a high ceiling against guessing spread over
 *   many addresses; above it only the account's known devices may try.
 * Limits are settings (lib/env). A throttled attempt never reaches the password check.
 */
import type { Db } from "../db/client.ts";
import { MINUTE_MS } from "../time/zone.ts";
import { clear, clearPrefix, hit, peek } from "./rate-limit.ts";

export type ThrottleLimits = {
  attemptsPerIp: number;
  ipWindowMs: number;
  failuresBeforeBackoff: number;
  maxBackoffMs: number;
  accountCeiling: number;
  accountWindowMs: number;
};

/** One sign-in attempt: the account, the client address, and a device id proven for this account (or null). */
export type Attempt = { email: string; ip: string; device: string | null };

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const normal = (email: string) => email.trim().toLowerCase();
const ipKey = (ip: string) => `auth-ip:${ip}`;
// A tab cannot occur in an e-mail address, so one account's keys share an exact prefix.
const accountPrefix = (email: string) => `signin-fail:${normal(email)}\t`;
const accountKey = (email: string) => `${accountPrefix(email)}*`;
const clientKey = (a: Attempt) => `${accountPrefix(a.email)}${a.device ? `device:${a.device}` : `ip:${a.ip}`}`;

const wait = (until: number, now: number): Verdict => ({ allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) });

/** How long the n-th failure in a row makes the next attempt wait. Pure. */
export function backoffMs(failures: number, limits: Pick<ThrottleLimits, "failuresBeforeBackoff" | "maxBackoffMs">): number {
  const over = failures - limits.failuresBeforeBackoff;
  return over < 0 ? 0 : Math.min(limits.maxBackoffMs, MINUTE_MS * 2 ** over);
}

/** Call before a sign-in; counts the attempt against the client's address. */
export async function checkSignIn(db: Db, limits: ThrottleLimits, attempt: Attempt, now = Date.now()): Promise<Verdict> {
  const [pair, account] = await Promise.all([peek(db, clientKey(attempt), now), attempt.device ? null : peek(db, accountKey(attempt.email), now)]);
  const until = pair.windowStart + backoffMs(pair.count, limits);
  if (pair.count >= limits.failuresBeforeBackoff && now < until) return wait(until, now);
  if (account && account.count >= limits.accountCeiling) return wait(account.expiresAt, now);
  const attempts = await hit(db, ipKey(attempt.ip), { windowMs: limits.ipWindowMs }, now);
  if (attempts.count > limits.attemptsPerIp) return wait(attempts.expiresAt, now);
  return { allowed: true };
}

export async function recordSignInFailure(db: Db, limits: ThrottleLimits, attempt: Attempt, now = Date.now()): Promise<void> {
  await hit(db, clientKey(attempt), { windowMs: limits.maxBackoffMs, sliding: true }, now);
  if (!attempt.device) await hit(db, accountKey(attempt.email), { windowMs: limits.accountWindowMs }, now);
}

/** A successful sign-in forgives that client's earlier failures. */
export async function recordSignInSuccess(db: Db, attempt: Attempt): Promise<void> {
  await clear(db, [clientKey(attempt)]);
}

/** Lifts every throttle on an account (an operator gave the owner a new password). */
export async function clearAccountThrottle(db: Db, email: string): Promise<void> {
  await clearPrefix(db, accountPrefix(email));
}

export async function checkSignUp(db: Db, limits: ThrottleLimits, ip: string, now = Date.now()): Promise<Verdict> {
  const attempts = await hit(db, ipKey(ip), { windowMs: limits.ipWindowMs }, now);
  return attempts.count > limits.attemptsPerIp ? wait(attempts.expiresAt, now) : { allowed: true };
}
