/**
 * better-auth's own endpoints, as an API client would call them: they must not confirm who is
 * registered, and must hold names to the same rule as our forms.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "@/lib/auth/config";
import { createTestDatabase, dialect, type TestDatabase } from "../support/test-db";

const ORIGIN = "http://localhost:3000";

describe(`better-auth endpoints on ${dialect}`, () => {
  let t: TestDatabase;
  let auth: Auth;
  const post = (path: string, body: unknown, cookie?: string) =>
    auth.handler(new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN, ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) }));
  const signUp = (email: string, name = "Someone") => post("/sign-up/email", { email, name, password: "a-long-password-1" });

  beforeAll(async () => {
    t = await createTestDatabase();
    auth = createAuth(t.db, { secret: "test-only-secret-test-only-secret-0123", baseURL: ORIGIN, trustedOrigins: [], dialect });
  });
  afterAll(async () => t?.drop());

  it("answer a sign-up for a registered e-mail exactly as for a new one", async () => {
    await signUp("taken@example.test");
    const [fresh, taken] = await Promise.all([signUp("fresh@example.test"), signUp("taken@example.test")]);
    expect(taken.status).toBe(fresh.status);
    const shape = (body: Record<string, unknown>) => ({ keys: Object.keys(body).sort(), user: Object.keys(body.user as object).sort() });
    expect(shape(await taken.json())).toEqual(shape(await fresh.json()));
    // Neither signs anyone in: a session would tell them apart.
    expect(taken.headers.get("set-cookie")).toBeNull();
    expect(fresh.headers.get("set-cookie")).toBeNull();
    expect(await t.db.user.count({ where: { email: "taken@example.test" } })).toBe(1);
  });

  it("refuse names our forms refuse, on sign-up and on update-user", async () => {
    for (const name of ["", "   ", "\u200B", "x".repeat(15_000), "a\u0000b", "evil\u202Egnp", "\uD800"]) {
      const response = await signUp(`bad-${Math.random()}@example.test`, name);
      expect(response.status, JSON.stringify(name.slice(0, 20))).toBe(400);
    }
    expect(await t.db.user.count({ where: { email: { startsWith: "bad-" } } })).toBe(0);

    await signUp("renamer@example.test", "Ren Amer");
    const signedIn = await post("/sign-in/email", { email: "renamer@example.test", password: "a-long-password-1" });
    const cookie = signedIn.headers.get("set-cookie")!.split(";")[0]!;
    expect((await post("/update-user", { name: "\u202Eevil" }, cookie)).status).toBe(400);
    expect((await post("/update-user", { image: "https://tracker.example/pixel.png" }, cookie)).status).toBe(400);
    expect((await post("/update-user", { name: "  Rene\u0301  Amer " }, cookie)).status).toBe(200);
    expect((await t.db.user.findUniqueOrThrow({ where: { email: "renamer@example.test" } })).name).toBe("Ren\u00e9 Amer");
  });
});
