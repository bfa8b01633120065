import { describe, expect, it } from "vitest";
import { voiceIssue, voiceProblems } from "./voice";

describe("voiceIssue", () => {
  it.each([
    "据 003 Q7，GRPO 去掉了 critic。",
    "来源 000 把这一方向评为五星。",
    "002 将标题记为 Scaling Laws。",
    "004 中文译文把 harness 译作“脚手架”。",
    "来源称显存占用减半。",
    "来源认为 PRM 更好。",
    "（来源写作“s1K”）",
    "据来源，这一方向竞争最激烈。",
    "来源的说法不够准确。",
    "From the cheat sheet, Q7",
    "The source says PPO is unstable.",
  ])("refuses %s", (line) => {
    expect(voiceIssue(line)).not.toBeNull();
  });

  it.each([
    "数据来源的可信度决定了标签质量。",
    "每条结论都要标注独立来源；被引来源是否真的支持它？",
    "奖励来源于单元测试的通过率。",
    "学习率取 0.003 时 loss 震荡。",
    "见 arXiv 2401.00312 与 2501.12948。",
    "$\\epsilon = 0.002$",
    "Deep research agents cite their sources.",
  ])("allows %s", (line) => {
    expect(voiceIssue(line)).toBeNull();
  });
});

describe("voiceProblems", () => {
  it("reports the file and line, and leaves seed_ref and YAML comments alone", () => {
    const md = ["---", "id: q", 'seed_ref: "003 Q7"', "---", "", "## 要点", "", "- 来源称 PPO 更稳。"].join("\n");
    expect(voiceProblems("content/questions/reasoning/q.md", md)).toEqual([
      expect.objectContaining({ file: "content/questions/reasoning/q.md", line: 8, field: "voice" }),
    ]);
    const yaml = ["# refs-002 = §22 of source 002", '- id: p  # from 003', '  contribution: { zh: "来源给出的日期有误" }'].join("\n");
    expect(voiceProblems("content/papers.yaml", yaml).map((p) => p.line)).toEqual([3]);
  });

  it("checks the body's headings, which in YAML would be comments", () => {
    expect(voiceProblems("content/notes/n.md", ["---", "slug: n", "---", "## 003 的结论"].join("\n"))).toHaveLength(1);
  });
});
