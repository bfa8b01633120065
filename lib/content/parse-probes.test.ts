import { describe, expect, it } from "vitest";
import { parseProbeFile } from "./parse-markdown-docs";

const entry = (i: number) => `  - { id: general-p${i}, en: "Probe ${i}?", kind: design }`;
const probe = (i: number) => `## 问题 ${i}？\n\n### 好的回答会讲到\n- 一\n- 二\n- 三\n\n### 危险信号\n- 甲\n- 乙\n`;
const file = (n: number, body = Array.from({ length: n }, (_, i) => probe(i)).join("\n"), head = "") =>
  `---\ndirection: general\n${head}probes:\n${Array.from({ length: n }, (_, i) => entry(i)).join("\n")}\n---\n\n${body}`;

describe("a probe file", () => {
  it("pairs each heading with its frontmatter entry, in order, with rubric and red flags", () => {
    const { doc, problems } = parseProbeFile("content/probes/general.md", file(15));
    expect(problems).toEqual([]);
    expect(doc!.probes).toHaveLength(15);
    expect(doc!.probes[3]).toMatchObject({ id: "general-p3", position: 3, title: { zh: "问题 3？", en: "Probe 3?" }, kind: "design", rubric: ["一", "二", "三"], redFlags: ["甲", "乙"] });
  });

  it("names the line and field of each problem, and keeps nothing", () => {
    const wrongSections = file(15).replace("### 危险信号\n- 甲\n- 乙\n", "### 风险\n- 甲\n");
    const cases: [string, RegExp][] = [
      [file(14), /needs at least 15 probes/],
      [file(15, Array.from({ length: 14 }, (_, i) => probe(i)).join("\n")), /15 probes listed in the frontmatter but 14 `## ` headings/],
      [wrongSections, /needs exactly "### 好的回答会讲到" then "### 危险信号"/],
      [file(15).replace("- 一\n- 二\n- 三\n", "- 一\n"), /needs 3–6 bullet items, found 1/],
      [file(15).replace("## 问题 2？", "## 问题 $x$？"), /plain text: no \$math\$/],
      [file(15).replace("id: general-p1,", "id: reasoning-p1,"), /must start with "general-"/],
      [file(15).replace("kind: design }", "kind: vibes }"), /must be one of design, baseline/],
    ];
    for (const [text, message] of cases) {
      const { doc, problems } = parseProbeFile("content/probes/general.md", text);
      expect(doc, String(message)).toBeNull();
      expect(problems.map((p) => p.message).join("\n"), String(message)).toMatch(message);
      expect(problems.every((p) => p.line >= 1)).toBe(true);
    }
  });

  it("must be named after its direction", () => {
    expect(parseProbeFile("content/probes/reasoning.md", file(15)).problems[0]!.message).toMatch(/must equal the file name "reasoning"/);
  });
});
