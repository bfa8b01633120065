import { describe, expect, it } from "vitest";
import { queryTerms } from "./search-text";

describe("search terms", () => {
  it("segments Chinese without spaces into words", () => {
    expect(queryTerms("奖励模型过优化")).toEqual(expect.arrayContaining(["奖励", "模型"]));
  });

  it("lower-cases, drops punctuation and mixes languages", () => {
    expect(queryTerms("GRPO，奖励！")).toEqual(["grpo", "奖励"]);
  });
});
