import { describe, expect, it } from "vitest";
import { isSlug, questionFrontmatter, paperEntry, directionFrontmatter } from "./schema";

const question = {
  id: "grpo-vs-ppo",
  level: "L1",
  title: { zh: "GRPO 与 PPO？", en: "GRPO vs PPO?" },
  directions: ["reasoning"],
  topics: ["grpo"],
  sources: [{ title: "DeepSeekMath", arxiv: "2402.03300" }],
};

describe("slug and id rules", () => {
  it.each(["grpo", "grpo-vs-ppo", "q1", "a-b-c-1"])("accepts %s", (s) => expect(isSlug(s)).toBe(true));
  it.each(["GRPO", "grpo_vs_ppo", "-grpo", "grpo-", "grpo--ppo", "奖励", "a".repeat(65), ""])("rejects %j", (s) =>
    expect(isSlug(s)).toBe(false),
  );
});

describe("question frontmatter", () => {
  it("accepts a complete question", () => {
    expect(questionFrontmatter.safeParse(question).success).toBe(true);
  });

  it("names the field of every problem", () => {
    const result = questionFrontmatter.safeParse({ ...question, level: "L4", sources: [], title: { zh: "" , en: "x" } });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["level", "sources", "title.zh"]));
  });

  it("rejects unknown keys, so a typo is not silently ignored", () => {
    const result = questionFrontmatter.safeParse({ ...question, topcis: ["x"] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.code).toBe("unrecognized_keys");
  });

  it("rejects an unquoted arXiv id, which YAML turns into a number", () => {
    const result = questionFrontmatter.safeParse({ ...question, sources: [{ title: "x", arxiv: 2305.2005 }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/in quotes/);
  });

  it("checks the seed reference format", () => {
    expect(questionFrontmatter.safeParse({ ...question, seed_ref: "003 Q7" }).success).toBe(true);
    expect(questionFrontmatter.safeParse({ ...question, seed_ref: "Q7" }).success).toBe(false);
  });

  it("rejects a direction listed twice", () => {
    expect(questionFrontmatter.safeParse({ ...question, directions: ["reasoning", "reasoning"] }).success).toBe(false);
  });
});

describe("direction and paper entries", () => {
  it("keeps competition within 1–5 stars", () => {
    const d = { slug: "reasoning", order: 1, title: question.title, summary: question.title, competition: 6, tags: [] };
    expect(directionFrontmatter.safeParse(d).success).toBe(false);
    expect(directionFrontmatter.safeParse({ ...d, competition: 5 }).success).toBe(true);
  });

  it("accepts papers without arXiv and validates dates", () => {
    const p = { id: "o1", date: "2024-09", title: "OpenAI o1", contribution: { zh: "a", en: "b" }, lists: ["timeline-003"] };
    expect(paperEntry.safeParse(p).success).toBe(true);
    expect(paperEntry.safeParse({ ...p, date: "Sept 2024" }).success).toBe(false);
  });
});
