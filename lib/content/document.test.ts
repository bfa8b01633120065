import { describe, expect, it } from "vitest";
import { listItems, sectionsOf, splitFrontmatter, subsections } from "./document";

const file = `---
id: x
---

## 要点

- first point with $a^2$
- second point
  continues here
- third

## 易错点

A paragraph.

\`\`\`python
## not a heading inside code
\`\`\`

## 公式卡

### Card one

$$
x = ⟦y⟧
$$
`;

describe("frontmatter split", () => {
  it("separates YAML and body and knows where the body starts", () => {
    const split = splitFrontmatter(file)!;
    expect(split.frontmatter).toBe("id: x\n");
    expect(split.bodyLine).toBe(4);
    expect(split.body.startsWith("\n## 要点")).toBe(true);
  });

  it("returns null without a fence", () => {
    expect(splitFrontmatter("# no frontmatter")).toBeNull();
    expect(splitFrontmatter("---\nid: x\nno closing fence")).toBeNull();
  });
});

describe("sections", () => {
  const split = splitFrontmatter(file)!;
  const sections = sectionsOf(split.body, split.bodyLine);

  it("splits at ## headings with file line numbers, ignoring headings inside code", () => {
    expect(sections.map((s) => [s.heading, s.line])).toEqual([
      ["要点", 5],
      ["易错点", 12],
      ["公式卡", 20],
    ]);
  });

  it("reads each bullet as one key point, multi-line items included", () => {
    const items = listItems(sections[0]!, split.body, split.bodyLine);
    expect(items.map((i) => i.markdown)).toEqual(["first point with $a^2$", "second point\n  continues here", "third"]);
    expect(items.map((i) => i.line)).toEqual([7, 8, 10]);
  });

  it("finds ### subsections", () => {
    const cards = subsections(sections[2]!, split.body, split.bodyLine);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.title).toBe("Card one");
    expect(cards[0]!.markdown).toContain("⟦y⟧");
  });
});
