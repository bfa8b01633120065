import { describe, expect, it } from "vitest";
import { projectMarkdown } from "./export";

const headings = { title: "项目名称", role: "角色", problem: "问题", approach: "做法", results: "结果", failures: "踩过的坑", next: "下一步" };
const labels = { directions: "方向", prepared: "准备过的追问", untitled: "未命名项目" };

describe("a project as Markdown", () => {
  it("keeps the story in the page's order, skips empty fields, and ends with the prepared probes", () => {
    const md = projectMarkdown({ title: "数学 RL", results: "+5%", approach: "GRPO" }, headings, ["推理能力训练"], [{ question: "基线是什么？", answer: "SFT 模型" }], labels);
    expect(md).toBe("# 数学 RL\n\n方向: 推理能力训练\n\n## 做法\n\nGRPO\n\n## 结果\n\n+5%\n\n## 准备过的追问\n\n### 基线是什么？\n\nSFT 模型\n");
  });

  it("names an untitled project and leaves out what is not there", () => {
    expect(projectMarkdown({}, headings, [], [], labels)).toBe("# 未命名项目\n");
  });
});
