import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backoffMs, checkSignIn, checkSignUp, recordSignInFailure, recordSignInSuccess, type ThrottleLimits } from "@/lib/auth/throttle";
import { hit, pruneNowAndThen } from "@/lib/auth/rate-limit";
import { createTestDatabase, dialect, type TestDatabase } from "../support/test-db";

const MIN = 60_000;
const LIMITS: ThrottleLimits = { attemptsPerIp: 30, ipWindowMs: 10 * MIN, failuresBeforeBackoff: 5, maxBackoffMs: 15 * MIN, accountCeiling: 100, accountWindowMs: 60 * MIN };

describe(`sign-in throttling on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.drop());

  const fail = async (email: string, ip: string, now: number, device: string | null = null, times = 1) => {
    for (let i = 0; i < times; i++) await recordSignInFailure(t.db, LIMITS, { email, ip, device }, now);
  };
  const allowed = async (email: string, ip: string, now: number, device: string | null = null) => (await checkSignIn(t.db, LIMITS, { email, ip, device }, now)).allowed;

  it("a stranger guessing a password slows only themself, never the owner", async () => {
    const now = Date.UTC(2030, 0, 1);
    await fail("owner@example.test", "203.0.113.66", now, null, 5);
    expect(await allowed("owner@example.test", "203.0.113.66", now)).toBe(false);
    expect(await allowed("owner@example.test", "198.51.100.7", now)).toBe(true); // the owner's own network
    expect(await allowed("owner@example.test", "203.0.113.66", now, "owner-laptop")).toBe(true); // or their known device
    expect(await allowed("other@example.test", "203.0.113.66", now)).toBe(true); // other accounts from there
  });

  it("backs off from one minute, doubling up to the cap, and forgets after a quiet spell", async () => {
    expect([4, 5, 6, 7, 8, 9, 12].map((n) => backoffMs(n, LIMITS) / MIN)).toEqual([0, 1, 2, 4, 8, 15, 15]);
    const start = Date.UTC(2030, 0, 2);
    const email = "backoff@example.test";
    const ip = "192.0.2.10";
    await fail(email, ip, start, null, 5);
    const verdict = await checkSignIn(t.db, LIMITS, { email, ip, device: null }, start + 1000);
    expect(verdict).toEqual({ allowed: false, retryAfterSeconds: 59 });
    expect(await allowed(email, ip, start + MIN)).toBe(true);
    await fail(email, ip, start + MIN); // the 6th: two minutes
    expect(await allowed(email, ip, start + 2 * MIN)).toBe(false);
    expect(await allowed(email, ip, start + 3 * MIN)).toBe(true);
    // 15 minutes without a failure: the count starts again.
    await fail(email, ip, start + 19 * MIN);
    expect(await allowed(email, ip, start + 19 * MIN + 1000)).toBe(true);
  });

  it("a success forgives that client's failures", async () => {
    const now = Date.UTC(2030, 0, 3);
    await fail("forgiven@example.test", "192.0.2.20", now, null, 4);
    await recordSignInSuccess(t.db, { email: "forgiven@example.test", ip: "192.0.2.20", device: null });
    await fail("forgiven@example.test", "192.0.2.20", now, null, 4);
    expect(await allowed("forgiven@example.test", "192.0.2.20", now)).toBe(true);
  });

  it("caps guessing spread over many addresses, except from the account's known devices", async () => {
    const now = Date.UTC(2030, 0, 4);
    const email = "spread@example.test";
    for (let i = 0; i < 100; i++) await fail(email, `10.9.${Math.floor(i / 250)}.${i % 250}`, now);
    expect(await allowed(email, "10.200.0.1", now)).toBe(false);
    expect(await allowed(email, "10.200.0.1", now, "known-device")).toBe(true);
    expect(await allowed(email, "10.200.0.1", now + 61 * MIN)).toBe(true);
  });

  it("counts every attempt from one address, sign-ups included", async () => {
    const now = Date.UTC(2030, 0, 5);
    for (let i = 0; i < 30; i++) expect((await checkSignUp(t.db, LIMITS, "192.0.2.99", now)).allowed).toBe(true);
    expect((await checkSignUp(t.db, LIMITS, "192.0.2.99", now)).allowed).toBe(false);
    expect(await allowed("anyone@example.test", "192.0.2.99", now)).toBe(false);
    expect(await allowed("anyone@example.test", "192.0.2.99", now + 10 * MIN)).toBe(true);
  });

  it("deletes expired counters, so invented keys cannot grow the table for ever", async () => {
    const now = Date.UTC(2030, 1, 1);
    for (let i = 0; i < 50; i++) await hit(t.db, `probe:${i}`, { windowMs: MIN }, now);
    expect(await t.db.rateLimit.count({ where: { key: { startsWith: "probe:" } } })).toBe(50);
    await pruneNowAndThen(t.db, now + 2 * MIN);
    expect(await t.db.rateLimit.count({ where: { key: { startsWith: "probe:" } } })).toBe(0);
  });
});
