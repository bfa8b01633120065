import { describe, expect, it } from "vitest";
import { checkDisplayName, displayNameSchema, NAME_MAX } from "./display-name";

describe("display names", () => {
  it("keep ordinary names, normalised and trimmed", () => {
    expect(checkDisplayName("  陈 小明  ")).toEqual({ ok: true, name: "陈 小明" });
    expect(checkDisplayName("Ana\tMaría\n")).toEqual({ ok: true, name: "Ana María" });
    // "é" typed as e + combining accent is stored composed (NFC).
    expect(checkDisplayName("Rene\u0301")).toEqual({ ok: true, name: "René" });
    expect(checkDisplayName("👩🏽‍💻 Dev")).toEqual({ ok: true, name: "👩🏽‍💻 Dev" });
  });

  it("refuse names that show nothing", () => {
    for (const empty of ["", "   ", "\u200B\u200B", "\u200D", "\u2060\uFEFF", "\u00AD"]) expect(checkDisplayName(empty), JSON.stringify(empty)).toEqual({ ok: false, reason: "nameRequired" });
  });

  it("refuse control and text-direction characters, and broken UTF-16", () => {
    for (const bad of ["a\u0000b", "evil\u202Egnp.exe", "x\u2066y", "\u0007bell", "a\u0085b", "\uD800lone", "end\uDFFF"]) {
      expect(checkDisplayName(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });

  it("count length in characters people see", () => {
    expect(checkDisplayName("名".repeat(NAME_MAX)).ok).toBe(true);
    expect(checkDisplayName("名".repeat(NAME_MAX + 1))).toEqual({ ok: false, reason: "nameTooLong" });
    expect(checkDisplayName("👍🏽".repeat(NAME_MAX)).ok).toBe(true);
    expect(checkDisplayName("a" + "\u0301".repeat(400)).ok).toBe(false);
    expect(displayNameSchema.safeParse("x".repeat(15_000)).error?.issues[0]?.message).toBe("nameTooLong");
  });
});
