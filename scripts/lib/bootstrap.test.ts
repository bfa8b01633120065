import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { meetsEngine } from "./bootstrap.mjs";

describe("the Node version check", () => {
  it("asks for what the scripts use: Node 20.12 (process.loadEnvFile)", () => {
    const range = JSON.parse(readFileSync("package.json", "utf8")).engines.node;
    expect(range).toBe(">=20.12");
    expect(meetsEngine("20.9.0", range)).toBe(false);
    expect(meetsEngine("20.11.1", range)).toBe(false);
    expect(meetsEngine("20.12.0", range)).toBe(true);
    expect(meetsEngine("20.20.2", range)).toBe(true);
    expect(meetsEngine("22.1.0", range)).toBe(true);
    expect(meetsEngine("19.9.0", range)).toBe(false);
  });
});
