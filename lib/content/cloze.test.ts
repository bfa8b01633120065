import { describe, expect, it } from "vitest";
import { bracesBalanced, clozeBack, clozeFront, parseCloze, stripCloze } from "./cloze";

describe("cloze parser", () => {
  it("splits visible and hidden parts", () => {
    expect(parseCloze("A = ⟦r - b⟧ / ⟦s⟧")).toEqual([
      { hidden: false, latex: "A = " },
      { hidden: true, latex: "r - b" },
      { hidden: false, latex: " / " },
      { hidden: true, latex: "s" },
    ]);
  });

  it("keeps nested braces and \\frac{}{} inside a hidden part", () => {
    const parts = parseCloze("L = ⟦\\frac{1}{G}\\sum_{i=1}^{G}{x_{i}}⟧");
    expect(parts[1]).toEqual({ hidden: true, latex: "\\frac{1}{G}\\sum_{i=1}^{G}{x_{i}}" });
  });

  it("allows \\text{} with braces inside a hidden part", () => {
    expect(parseCloze("⟦\\text{clip}(\\rho, 1-\\epsilon, 1+\\epsilon)⟧")[0]!.latex).toBe("\\text{clip}(\\rho, 1-\\epsilon, 1+\\epsilon)");
  });

  it("rejects a hidden part that would not be valid LaTeX on its own", () => {
    expect(() => parseCloze("\\frac{⟦1}{2⟧}")).toThrow(/unbalanced braces/);
  });

  it("rejects nesting, unclosed and empty markers", () => {
    expect(() => parseCloze("⟦a ⟦b⟧ c⟧")).toThrow(/nesting/);
    expect(() => parseCloze("⟦a")).toThrow(/never closed/);
    expect(() => parseCloze("a⟧")).toThrow(/without/);
    expect(() => parseCloze("⟦ ⟧")).toThrow(/empty/);
  });

  it("treats escaped braces as characters", () => {
    expect(bracesBalanced("\\{ a \\}")).toBe(true);
    expect(bracesBalanced("\\left\\{ x \\right.")).toBe(true);
    expect(bracesBalanced("}{")).toBe(false);
  });

  it("renders front, back and the whole formula", () => {
    const parts = parseCloze("y = ⟦a⟧ x");
    expect(clozeFront(parts)).toBe("y = \\boxed{\\,?\\,} x");
    expect(clozeBack(parts)).toBe("y = \\boxed{a} x");
    expect(stripCloze("y = ⟦a⟧ x")).toBe("y = a x");
  });
});
