import { describe, expect, it } from "vitest";
import { matchesAllTerms, queryTerms } from "./search-text";

describe("search terms", () => {
  it("segments Chinese without spaces into words", () => {
    expect(queryTerms("奖励模型过优化")).toEqual(expect.arrayContaining(["奖励", "模型"]));
  });

  it("lower-cases, drops punctuation and mixes languages", () => {
    expect(queryTerms("GRPO，奖励！")).toEqual(["grpo", "奖励"]);
  });

  it("matches a document only when every word is present", () => {
    const doc = "GRPO 的组内奖励标准化 Reward normalisation";
    expect(matchesAllTerms(doc, queryTerms("奖励 grpo"))).toBe(true);
    expect(matchesAllTerms(doc, queryTerms("奖励 ppo"))).toBe(false);
  });
});
