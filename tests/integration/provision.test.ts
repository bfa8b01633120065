import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "@/lib/auth/config";
import { provisionUser } from "@/lib/auth/provision";
import { checkSignIn, recordSignInFailure } from "@/lib/auth/throttle";
import { createTestDatabase, dialect, type TestDatabase } from "../support/test-db";

const LIMITS = { attemptsPerIp: 100, ipWindowMs: 60_000, failuresBeforeBackoff: 2, maxBackoffMs: 60_000, accountCeiling: 4, accountWindowMs: 60_000 };

describe(`npm run user:create on ${dialect}`, () => {
  let t: TestDatabase;
  let auth: Auth;
  const signIn = (email: string, password: string) =>
    auth.api.signInEmail({ body: { email, password } }).then(
      () => true,
      () => false,
    );

  beforeAll(async () => {
    t = await createTestDatabase();
    auth = createAuth(t.db, { secret: "test-only-secret-test-only-secret-0123", baseURL: "http://localhost:3000", trustedOrigins: [], dialect });
  });
  afterAll(async () => t?.drop());

  it("creates an account with the given role and prints a generated password that signs in", async () => {
    const result = await provisionUser(t.db, auth, { email: "First.Admin@Example.test", role: "admin" });
    expect(result).toMatchObject({ created: true, role: "admin", passwordChanged: true });
    expect(result.generatedPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await signIn("first.admin@example.test", result.generatedPassword!)).toBe(true);
  });

  it("changing a role leaves the password alone, and no --role keeps the current one", async () => {
    await provisionUser(t.db, auth, { email: "mentor@example.test", password: "original-password-1" });
    expect((await provisionUser(t.db, auth, { email: "mentor@example.test", role: "mentor" })).passwordChanged).toBe(false);
    const again = await provisionUser(t.db, auth, { email: "mentor@example.test" });
    expect(again.role).toBe("mentor");
    expect(await signIn("mentor@example.test", "original-password-1")).toBe(true);
  });

  it("a reset sets a new password, ends every old session and lifts the account's throttle", async () => {
    const email = "locked.out@example.test";
    await provisionUser(t.db, auth, { email, password: "forgotten-password-1", role: "recruiter" });
    expect(await signIn(email, "forgotten-password-1")).toBe(true); // a live session…
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    const sessions = await t.db.session.count({ where: { userId: user.id } }); // sign-in's (sign-up does not sign in)
    expect(sessions).toBe(1);
    const fromHere = { email, ip: "127.0.0.1", device: null };
    for (let i = 0; i < 2; i++) await recordSignInFailure(t.db, LIMITS, fromHere);
    for (let i = 0; i < 2; i++) await recordSignInFailure(t.db, LIMITS, { ...fromHere, ip: "192.0.2.1" });
    expect((await checkSignIn(t.db, LIMITS, fromHere)).allowed).toBe(false); // …and a throttled account
    expect((await checkSignIn(t.db, LIMITS, { ...fromHere, ip: "198.51.100.1" })).allowed).toBe(false); // above its ceiling

    const result = await provisionUser(t.db, auth, { email, resetPassword: true });
    expect(result).toMatchObject({ created: false, role: "recruiter", passwordChanged: true, sessionsEnded: sessions });
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await checkSignIn(t.db, LIMITS, fromHere)).allowed).toBe(true);
    expect((await checkSignIn(t.db, LIMITS, { ...fromHere, ip: "198.51.100.1" })).allowed).toBe(true);
    expect(await signIn(email, "forgotten-password-1")).toBe(false);
    expect(await signIn(email, result.generatedPassword!)).toBe(true);
    expect(await t.db.account.count({ where: { userId: user.id, providerId: "credential" } })).toBe(1); // updated, not duplicated
  });
});
