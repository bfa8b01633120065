import { describe, expect, it } from "vitest";
import { parseTrack } from "./schema";

describe("a custom track's lines", () => {
  it("reads questions, notes and a question's checks, a bare id being a question", () => {
    expect(parseTrack("question:grpo-vs-ppo\n\nnote:kl-notes\nchecks:grpo-vs-ppo\nreward-hacking").items).toEqual([
      { kind: "question", id: "grpo-vs-ppo" },
      { kind: "note", id: "kl-notes" },
      { kind: "checks", id: "grpo-vs-ppo" },
      { kind: "question", id: "reward-hacking" },
    ]);
  });

  it("names the line of each item it cannot read", () => {
    const { items, errors } = parseTrack("question:ok\ncheck:grpo-vs-ppo-c1\nchecks:Bad Id");
    expect(items).toEqual([{ kind: "question", id: "ok" }]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^line 2: "check:grpo-vs-ppo-c1"/);
    expect(errors[1]).toMatch(/^line 3: /);
  });
});
