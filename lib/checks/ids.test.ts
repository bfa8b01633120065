import { describe, expect, it } from "vitest";
import { isCheckIdOf, questionOfCheck } from "./ids";

describe("check ids", () => {
  it("name their question", () => {
    expect(questionOfCheck("grpo-vs-ppo-c12")).toBe("grpo-vs-ppo");
    expect(isCheckIdOf("grpo-vs-ppo-c1", "grpo-vs-ppo")).toBe(true);
    expect(isCheckIdOf("grpo-vs-ppo-c", "grpo-vs-ppo")).toBe(false);
    expect(isCheckIdOf("grpo-vs-ppo-x1", "grpo-vs-ppo")).toBe(false);
    expect(isCheckIdOf("grpo-vs-ppo-c1", "grpo-vs")).toBe(false);
  });
});
