import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";
import { OPEN_REDIRECTS } from "../../tests/support/open-redirects";

/** How a browser would read a Location header on our origin. */
const landsOn = (location: string) => new URL(location, "https://app.example").host;

describe("where to go after signing in", () => {
  it("keeps paths on this site, query and fragment included", () => {
    expect(safeNextPath("/mentor/cohorts/abc?sort=name#top")).toBe("/mentor/cohorts/abc?sort=name#top");
    expect(safeNextPath("/plans/reasoning")).toBe("/plans/reasoning");
    expect(safeNextPath(undefined)).toBeNull();
  });

  it(`sends none of ${OPEN_REDIRECTS.length} open-redirect forms to another host, and gives a header-safe value`, () => {
    expect(OPEN_REDIRECTS.length).toBeGreaterThanOrEqual(30);
    for (const raw of OPEN_REDIRECTS) {
      const next = safeNextPath(raw) ?? "/study";
      expect(next.startsWith("/") && !next.startsWith("//"), `${JSON.stringify(raw)} → ${next}`).toBe(true);
      expect(landsOn(next), JSON.stringify(raw)).toBe("app.example");
      // Printable ASCII only: a Location header with a raw newline, NUL or CJK character was a 500.
      expect(next, JSON.stringify(raw)).toMatch(/^[\x21-\x7e]+$/);
    }
  });

  it("percent-encodes what a header cannot carry instead of failing", () => {
    expect(safeNextPath("/学习")).toBe("/%E5%AD%A6%E4%B9%A0");
    expect(safeNextPath("/study\nSet-Cookie: x=1")).toBe("/studySet-Cookie:%20x=1");
    expect(safeNextPath("/%")).toBeNull();
  });

  it("drops a locale prefix, which the redirect adds itself", () => {
    expect(safeNextPath("/en/study")).toBe("/study");
    expect(safeNextPath("/zh-CN")).toBe("/");
    expect(safeNextPath("/english")).toBe("/english");
  });
});
