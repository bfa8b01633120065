import { describe, expect, it } from "vitest";
import { isInternalHref } from "./links";

describe("links that stay on the site", () => {
  it("are paths, not protocol-relative or backslash forms", () => {
    expect(isInternalHref("/questions/grpo-vs-ppo")).toBe(true);
    for (const away of ["//evil.example/x", "/\\evil.example", "https://example.org", "mailto:a@b.c", "javascript:alert(1)", "questions/x"]) expect(isInternalHref(away), away).toBe(false);
  });
});
