import { describe, expect, it } from "vitest";
import { OVERLAP_THRESHOLD, overlappingPairs, storyTerms } from "./overlap";
import type { Story } from "./fields";

const grpoMath = {
  problem: "数学推理题上 7B 模型的 pass@1 偏低，长链推理经常中途放弃。",
  approach: "冷启动 SFT 之后用 GRPO 做 RLVR：每个 prompt 采样 8 条回答，规则奖励校验最终答案和格式，组内归一化优势，KL 惩罚约束到参考策略，课程学习从易到难。",
};
// The same pipeline, another dataset: what interviewers call a repeated project.
const grpoCode = {
  problem: "代码生成题上 7B 模型的 pass@1 偏低，长链推理经常中途放弃。",
  approach: "冷启动 SFT 之后用 GRPO 做 RLVR：每个 prompt 采样 8 条回答，单元测试作为规则奖励校验最终答案和格式，组内归一化优势，KL 惩罚约束到参考策略，课程学习从易到难。",
};
// The same pipeline again, told in other words: still one story.
const grpoCodeRetold = {
  problem: "想提升代码模型在竞赛题上的一次通过率，它写长代码时常常写到一半就停。",
  approach: "训练分两步：先 SFT 冷启动，再上 GRPO 做可验证奖励的 RL（RLVR）。一个 prompt 采 8 个样本，优势在组内归一化，奖励由单元测试判定答案和格式是否正确，用 KL 惩罚让策略别离参考模型太远，题目按难度做课程学习。",
};
// Other projects of the same direction, on the same algorithm: different work.
const grpoSearch = {
  problem: "搜索 agent 经常过早停止检索，凭记忆作答，多跳问答准确率低。",
  approach: "用 GRPO 做多轮 RL：模型可以调用搜索工具，奖励是最终答案的 EM 加引用证据奖励，检索回来的 token 在策略损失里做掩码，对工具调用次数加预算惩罚，KL 约束到参考策略。",
};
const grpoLength = {
  problem: "推理模型在简单题上想得过长，token 成本高。",
  approach: "在 GRPO 训练里加长度惩罚：正确且更短的回答奖励更高，按题目难度自适应预算，对比 budget forcing 截断，观察准确率和平均长度的权衡。",
};
const ragLegal = {
  problem: "Legal question answering needs grounded citations from statutes and case law.",
  approach: "Dense retrieval with bge embeddings, hybrid BM25 fusion, cross-encoder reranking of top-50 passages, citation-constrained generation, and a faithfulness grader on every answer.",
};
const ragMedical = {
  problem: "Medical question answering needs grounded citations from guidelines and papers.",
  approach: "Dense retrieval with bge embeddings, hybrid BM25 fusion, cross-encoder reranking of top-50 passages, citation-constrained generation, and a faithfulness grader on every answer.",
};
// Different work that shares the field's vocabulary: must not be flagged.
const rewardModel = {
  problem: "偏好数据噪声大，奖励模型在长回答上系统性偏高，RL 时被策略利用。",
  approach: "Bradley-Terry 奖励模型加长度去偏项，多标注员一致性过滤偏好对，离线评估用人工复核集，最后在 PPO 里观察奖励过优化曲线。",
};
const multimodalData = {
  problem: "图文指令数据里大量图片和问题无关，模型学会了不看图作答。",
  approach: "用 CLIP 相似度和盲测过滤（去掉图片仍能答对的样本），再人工抽检，按任务类型重新配比，最后用 MMStar 这类防泄漏评测集验证。",
};
const searchAgent = {
  problem: "Search agents stop too early and answer from memory instead of retrieving evidence.",
  approach: "Multi-turn RL over a search tool: an outcome reward on exact match plus an evidence reward for cited passages, tool-call budget penalties, and masking retrieved tokens out of the policy loss.",
};

const ids = (stories: Record<string, { problem: string; approach: string }>) =>
  overlappingPairs(Object.entries(stories).map(([id, story]) => ({ id, story }))).map((p) => `${p.a}~${p.b}`);

describe("the repetition check", () => {
  it("flags the same pipeline on another dataset, in Chinese and in English, and shows what they share", () => {
    expect(ids({ grpoMath, grpoCode })).toEqual(["grpoMath~grpoCode"]);
    expect(ids({ ragLegal, ragMedical })).toEqual(["ragLegal~ragMedical"]);
    const [pair] = overlappingPairs([{ id: "a", story: grpoMath }, { id: "b", story: grpoCode }]);
    // Read as phrases, not as two-character pieces.
    expect(pair!.shared).toEqual(expect.arrayContaining(["grpo", "rlvr", "组内归一化优势", "规则奖励校验最终答案"]));
  });

  it("flags the same pipeline told again in other words", () => {
    expect(ids({ grpoMath, grpoCodeRetold })).toEqual(["grpoMath~grpoCodeRetold"]);
  });

  it("does not flag different work that shares the field's vocabulary, or the same algorithm put to other work", () => {
    expect(ids({ grpoMath, rewardModel, multimodalData, searchAgent, ragLegal })).toEqual([]);
    expect(ids({ grpoMath, grpoSearch, grpoLength })).toEqual([]);
  });

  it("scores the test pairs clear of the threshold on both sides", () => {
    const score = (a: Story, b: Story) => overlappingPairs([{ id: "a", story: a }, { id: "b", story: b }], 0)[0]?.score ?? 0;
    expect(score(grpoMath, grpoCode)).toBeGreaterThan(0.9);
    expect(score(grpoMath, grpoCodeRetold)).toBeGreaterThan(OVERLAP_THRESHOLD + 0.1);
    for (const other of [grpoSearch, grpoLength, rewardModel, multimodalData, searchAgent]) expect(score(grpoMath, other)).toBeLessThan(OVERLAP_THRESHOLD - 0.1);
    expect(score(ragLegal, searchAgent)).toBeLessThan(OVERLAP_THRESHOLD - 0.1);
  });

  it("does not judge stories too short to compare", () => {
    expect(ids({ a: { problem: "GRPO", approach: "GRPO on math" }, b: { problem: "GRPO", approach: "GRPO on code" } })).toEqual([]);
  });

  it("leaves ordinary words out of the terms", () => {
    const terms = storyTerms({ problem: "我们通过训练模型来解决问题", approach: "the model and the data" });
    for (const t of ["我们", "通过", "训练", "模型", "问题", "the", "and"]) expect(terms.has(t), t).toBe(false);
  });
});
