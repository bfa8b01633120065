import { describe, expect, it } from "vitest";
import { storyGaps } from "./completeness";

const kinds = (story: Parameters<typeof storyGaps>[0]) => storyGaps(story).map((g) => g.kind);

describe("what a story leaves an interviewer to ask", () => {
  it("an empty story lacks everything", () => {
    expect(kinds({})).toEqual(["design", "baseline", "results", "ablation", "failure", "next"]);
  });

  it("a complete story has no gaps", () => {
    expect(kinds({
      approach: "用 GRPO 而不是 PPO，因为省掉价值网络后显存够放 8B 的 rollout。",
      results: "pass@1 从 41.2% 到 48.5%，相比 SFT 基线提升 7.3 个点；消融：去掉格式奖励后下降 2.1%。",
      failures: "第一版奖励只看最终答案，模型学会了输出空推理，靠抽查 200 条轨迹才发现。",
      next: "把过程奖励接进来。",
    })).toEqual([]);
  });

  it("results without a number, or with only a version name, still lack numbers", () => {
    expect(kinds({ results: "效果明显比基线好，消融也验证了设计。" })).toContain("results");
    expect(kinds({ results: "用了 Qwen2.5 相比基线更好" })).not.toContain("results"); // a decimal reads as a figure: a cheap test, not a judge
    expect(kinds({ results: "准确率 63%，相比基线 +5pp" })).not.toContain("results");
  });

  it("a one-line failure does not count", () => {
    expect(kinds({ failures: "踩了一些坑。" })).toContain("failure");
  });

  it("reasons in English count as well as in Chinese", () => {
    expect(kinds({ approach: "We picked DPO rather than PPO because labels were offline." })).not.toContain("design");
  });
});
