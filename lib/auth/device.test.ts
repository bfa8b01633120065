import { describe, expect, it } from "vitest";
import { deviceOf, newDeviceToken } from "./device";

const SECRET = "test-secret-test-secret-test-secret";

describe("device cookies", () => {
  it("prove the browser signed in to that account, and only that one", () => {
    const token = newDeviceToken(SECRET, "Mei@Example.test");
    const id = deviceOf(token, SECRET, "mei@example.test");
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(deviceOf(token, SECRET, "someone@example.test")).toBeNull();
    expect(deviceOf(token, "another-secret-another-secret-0000", "mei@example.test")).toBeNull();
  });

  it("refuse tampered or malformed tokens", () => {
    const token = newDeviceToken(SECRET, "mei@example.test");
    const [id, sig] = token.split(".");
    for (const bad of [undefined, "", id!, `${id}.`, `${id}.${sig}x`, `x${id}.${sig}`, `${token}.extra`]) expect(deviceOf(bad, SECRET, "mei@example.test")).toBeNull();
  });
});
