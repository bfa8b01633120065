import { describe, expect, it } from "vitest";
import { checkMarkdown, mathError } from "./check-markdown";

describe("math check (KaTeX strict, as pages render it)", () => {
  it("accepts valid inline and display math", () => {
    expect(checkMarkdown("a $\\hat A_i = r_i - \\bar r$ b\n\n$$\n\\frac{1}{G}\\sum_i x_i\n$$\n", 1).issues).toEqual([]);
  });

  it("reports a broken formula at its line in the file", () => {
    const { issues } = checkMarkdown("intro\n\n$$\n\\frac{1}{\n$$\n", 20);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(22);
    expect(issues[0]!.message).toMatch(/^math: KaTeX parse error/);
  });

  it("rejects CJK text inside math (strict mode)", () => {
    expect(mathError("奖励 + 1", false)).toMatch(/unicodeTextInMathMode/);
  });

  it("rejects \\mathbb{1}, which renders wrongly without an error", () => {
    expect(mathError("\\mathbb{1}[x]", false)).toMatch(/mathbb/);
    expect(mathError("\\mathbb{I}[x]", false)).toBeNull();
  });

  it("checks formulas with cloze markers as the page shows them (markers removed)", () => {
    expect(checkMarkdown("$$\nx = ⟦\\frac{a}{b}⟧\n$$\n", 1).issues).toEqual([]);
  });

  it("asks for a title, not a bare path, as the text of a site link", () => {
    expect(checkMarkdown("see [/notes/x](/notes/x)", 7).issues).toEqual([{ line: 7, message: "link text is the bare path /notes/x: use the page's title" }]);
    expect(checkMarkdown("see [从 PPO 到 GRPO](/notes/x) and <https://x.org>", 7).issues).toEqual([]);
  });

  it("flags raw HTML and collects site links", () => {
    const { issues, links } = checkMarkdown("see [a](/notes/x) and [b](https://x.org) <script>x</script>", 3);
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/raw HTML/), expect.stringMatching(/raw HTML/)]);
    expect(links).toEqual([{ url: "/notes/x", line: 3 }]);
  });
});
