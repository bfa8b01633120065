import { describe, expect, it } from "vitest";
import { byTopicOverlap } from "./related";

describe("reading suggested for a question", () => {
  const notes = [
    { slug: "a", topics: ["ppo"] },
    { slug: "b", topics: ["grpo", "ppo"] },
    { slug: "c", topics: ["memory"] },
    { slug: "d", topics: ["ppo", "kl"] },
  ];

  it("ranks notes by shared topics and leaves out notes sharing none", () => {
    expect(byTopicOverlap(["ppo", "grpo"], notes).map((n) => n.slug)).toEqual(["b", "a", "d"]);
    expect(byTopicOverlap(["ppo", "grpo"], notes, 1).map((n) => n.slug)).toEqual(["b"]);
  });

  it("suggests nothing rather than something unrelated", () => {
    expect(byTopicOverlap(["rag"], notes)).toEqual([]);
    expect(byTopicOverlap([], notes)).toEqual([]);
  });
});
