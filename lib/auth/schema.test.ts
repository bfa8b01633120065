import { describe, expect, it } from "vitest";
import { signInSchema, signUpSchema } from "./schema";

describe("the sign-in and sign-up forms", () => {
  it("need no destination or time zone, and ignore bad ones instead of refusing", () => {
    expect(signInSchema.parse({ email: "A@Example.test", password: "x" })).toEqual({ email: "a@example.test", password: "x", next: null });
    expect(signInSchema.parse({ email: "a@example.test", password: "x", next: "https://evil.example" }).next).toBeNull();
    const up = signUpSchema.parse({ name: "A", email: "a@example.test", password: "a-long-password", next: "/plans/memory", timeZone: "Mars/Olympus" });
    expect(up).toMatchObject({ next: "/plans/memory", timeZone: undefined });
    expect(signUpSchema.parse({ name: "A", email: "a@example.test", password: "a-long-password", timeZone: "Europe/Berlin" }).timeZone).toBe("Europe/Berlin");
  });
});
