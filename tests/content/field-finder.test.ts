/**
 * The field finder on the real talk-track keywords: a table of research descriptions a
 * recruiter might paste (Chinese, English, mixed) with the field a person would pick.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTalkTrack } from "@/lib/content/parse-markdown-docs";
import { findFields, type FieldKeywords } from "@/lib/recruiter/field-finder";
import { ROOT } from "../support/test-db";

const dir = path.join(ROOT, "content/talk-tracks");
const fields: FieldKeywords[] = readdirSync(dir)
  .map((f) => parseTalkTrack(`content/talk-tracks/${f}`, readFileSync(path.join(dir, f), "utf8")).doc!)
  .filter((t) => t.kind === "field")
  .map((t) => ({ slug: t.slug, order: t.order, keywords: [...t.keywords.zh, ...t.keywords.en], also: t.keywords.also }));

export const CASES: [string, string][] = [
  ["RLHF reward model", "rl"],
  ["I work on RLHF reward models and PPO for LLM alignment of chat models", "rl"],
  ["我的博士课题是强化学习中的奖励模型和策略优化", "rl"],
  ["MoE", "moe"],
  ["Sparse mixture-of-experts routing and load balancing for large models", "moe"],
  ["研究混合专家模型的专家路由和负载均衡", "moe"],
  ["VLA", "embodiment"],
  ["vision-language-action models for robot manipulation", "embodiment"],
  ["我做具身智能，主要是机械臂的模仿学习", "embodiment"],
  ["machine unlearning", "federated-learning"],
  ["Certified unlearning and verifiable deletion in federated learning", "federated-learning"],
  ["代码生成", "llm4code"],
  ["我做代码生成和程序修复，最近在做代码智能体", "llm4code"],
  ["program synthesis and automated program repair with code LLMs", "llm4code"],
  ["Mechanistic interpretability with sparse autoencoders and circuits", "interpretability"],
  ["可解释性，主要用稀疏自编码器分析大模型内部特征", "interpretability"],
  ["Speech recognition and full-duplex spoken dialogue models", "audio"],
  ["我研究语音合成和端到端语音大模型", "audio"],
  ["Distributed training systems, tensor parallelism and inference serving", "mlsys"],
  ["分布式训练和推理加速系统", "mlsys"],
  ["Protein structure prediction and drug discovery with deep learning", "ai4s"],
  ["AI for Science，做分子动力学模拟和材料发现", "ai4s"],
  ["Benchmark design and LLM evaluation, LLM-as-a-judge", "eval"],
  ["大模型评测和评测基准构建", "eval"],
  ["Synthetic data generation and data selection for instruction tuning corpora", "data"],
  ["数据合成与数据筛选、数据配比", "data"],
  ["CTR prediction and sequential recommendation", "recsys"],
  ["推荐系统，点击率预估和生成式推荐", "recsys"],
  ["Hallucination detection and calibration of LLMs", "trustworthy-ai"],
  ["模型幻觉检测与越狱攻击防御", "trustworthy-ai"],
  ["Object detection and image segmentation backbones", "computer-vision"],
  ["计算机视觉，目标检测和三维重建", "computer-vision"],
  ["Mathematical reasoning with chain-of-thought and test-time scaling", "reasoning"],
  ["数学推理和长思维链，过程奖励模型", "reasoning"],
  ["Retrieval-augmented generation and web agents", "agent-rag"],
  ["检索增强生成与多智能体系统", "agent-rag"],
  ["Vision-language models and video understanding (MLLM)", "multimodal"],
  ["多模态大模型，视觉语言模型和视频理解", "multimodal"],
  ["Scaling laws and pretraining data for base models", "pretraining"],
  ["预训练语料和扩展定律", "pretraining"],
  ["Self-improving LLMs through self-play and closed-loop learning", "self-evolution"],
  ["模型自我进化和持续学习", "self-evolution"],
  ["Supervised fine-tuning, catastrophic forgetting and continual pretraining", "post-training"],
  ["Scalable oversight and DPO-style preference optimization for value alignment", "alignment"],
  ["Long-context language modeling and in-context learning", "nlp"],
];

describe("field finder", () => {
  it("has a table of at least 30 descriptions in Chinese, English and mixed", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)("%s → %s", (description, expected) => {
    const top = findFields(description, fields)[0];
    expect(top?.slug, JSON.stringify(findFields(description, fields).slice(0, 3))).toBe(expected);
    expect(top!.matched.length).toBeGreaterThan(0);
  });

  it("ranks every field that fits: a reward-model + PPO description also fits alignment and post-training", () => {
    for (const description of ["I work on RLHF reward models and PPO", "我做奖励模型和 PPO"]) {
      const ranked = findFields(description, fields).map((m) => m.slug);
      expect(ranked[0], description).toBe("rl");
      expect(ranked, description).toEqual(expect.arrayContaining(["alignment", "post-training"]));
    }
  });

  // Computed here, not collected from the cases above: run alone, it still measures.
  it("reports the hit rate", () => {
    const misses = CASES.filter(([description, expected]) => findFields(description, fields)[0]?.slug !== expected).map(([d]) => d);
    const rate = (CASES.length - misses.length) / CASES.length;
    console.log(`field finder hit rate: ${CASES.length - misses.length}/${CASES.length} = ${(rate * 100).toFixed(1)}%`);
    expect(misses).toEqual([]);
    expect(rate).toBe(1);
  });

  it("does not match a word inside another word", () => {
    // "RL" must not fire on "world", nor "路由" on unrelated text.
    expect(findFields("hello world of plants", fields)).toEqual([]);
  });
});
