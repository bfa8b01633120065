import { describe, expect, it } from "vitest";
import { linkTargetExists } from "./cross-check";
import type { Corpus } from "./types";

const corpus = {
  directions: [{ slug: "reasoning" }],
  questions: [{ id: "grpo-vs-ppo" }],
  notes: [{ slug: "ppo-to-grpo" }],
  talkTracks: [{ slug: "rl" }],
  papers: [{ id: "deepseekmath" }],
} as unknown as Corpus;

describe("internal link targets", () => {
  it.each(["/", "/questions", "/questions?level=L1", "/directions/reasoning", "/questions/grpo-vs-ppo", "/notes/ppo-to-grpo#intro", "/talk-tracks/rl", "/papers#deepseekmath"])(
    "%s exists",
    (url) => expect(linkTargetExists(url, corpus)).toBe(true),
  );
  it.each(["/notes/missing", "/papers#missing", "/questions/grpo-vs-ppo/extra", "/admin", "/directions/x"])("%s does not", (url) =>
    expect(linkTargetExists(url, corpus)).toBe(false),
  );
});
