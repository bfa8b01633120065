import { describe, expect, it } from "vitest";
import { suggestRating } from "./rubric";

describe("rubric → suggested grade", () => {
  it("every key point and no pitfall → Good", () => expect(suggestRating({ total: 4, checked: 4, pitfallHit: false })).toEqual({ rating: 3, reason: "complete" }));
  it("every key point but the pitfall → Hard (a pass)", () => expect(suggestRating({ total: 4, checked: 4, pitfallHit: true }).rating).toBe(2));
  it("one missed point of four → Hard, not a fail", () => expect(suggestRating({ total: 4, checked: 3, pitfallHit: false })).toEqual({ rating: 2, reason: "minor-gap" }));
  it("half the points counts as recalled", () => expect(suggestRating({ total: 4, checked: 2, pitfallHit: false }).rating).toBe(2));
  it("most points missed → Again", () => expect(suggestRating({ total: 5, checked: 2, pitfallHit: false })).toEqual({ rating: 1, reason: "major-gap" }));
  it("a gap plus the pitfall → Again", () => expect(suggestRating({ total: 4, checked: 3, pitfallHit: true }).rating).toBe(1));
  it("no rubric → Good by default, for the user to adjust", () => expect(suggestRating({ total: 0, checked: 0, pitfallHit: false }).reason).toBe("no-rubric"));
  it("ignores impossible counts", () => expect(suggestRating({ total: 3, checked: 9, pitfallHit: false }).rating).toBe(3));
});
