import { describe, expect, it } from "vitest";
import { itemScore, mockReport, pickQuestions, projectRoundReport } from "./scoring";
import { shuffled } from "../practice/shuffle";

const pool = [
  ...Array.from({ length: 5 }, (_, i) => ({ id: `a${i}`, level: "L1" as const })),
  ...Array.from({ length: 2 }, (_, i) => ({ id: `b${i}`, level: "L2" as const })),
  { id: "c0", level: "L3" as const },
];

describe("mock interviews", () => {
  it("picks the requested mix without repeats, L1 first, fewer when the pool is short", () => {
    const picked = pickQuestions(pool, { L1: 2, L2: 3, L3: 1 }, 42);
    expect(picked.map((p) => p.level)).toEqual(["L1", "L1", "L2", "L2", "L3"]);
    expect(new Set(picked.map((p) => p.id)).size).toBe(5);
  });

  it("is reproducible for a seed", () => {
    expect(shuffled([1, 2, 3, 4, 5], 7)).toEqual(shuffled([1, 2, 3, 4, 5], 7));
    expect(shuffled([1, 2, 3, 4, 5], 7).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("scores the share of key points, minus a quarter for the pitfall", () => {
    expect(itemScore({ keyPointCount: 4, checked: [0, 1, 1], pitfallHit: false })).toBe(0.5);
    expect(itemScore({ keyPointCount: 2, checked: [0], pitfallHit: true })).toBe(0.25);
  });

  it("reports per question and per direction, with missed points and time", () => {
    const report = mockReport([
      { questionId: "q1", level: "L1", directions: ["reasoning"], keyPoints: ["x", "y"], checked: [0], pitfallHit: false, timeUsedSec: 200, timeLimitSec: 180 },
      { questionId: "q2", level: "L2", directions: ["reasoning", "memory"], keyPoints: ["z"], checked: [0], pitfallHit: false, timeUsedSec: 100, timeLimitSec: 360 },
    ]);
    expect(report.overall).toBe(0.75);
    expect(report.perQuestion[0]).toMatchObject({ missed: ["y"], overTime: true });
    expect(report.perDirection).toEqual([{ direction: "reasoning", score: 0.75, questions: 2 }]);
    expect(report.timeUsedSec).toBe(300);
  });

  it("scores the directions the candidate chose, counting a shared question in each", () => {
    const items = [
      { questionId: "q1", level: "L1" as const, directions: ["reasoning"], keyPoints: ["x", "y"], checked: [0], pitfallHit: false, timeUsedSec: 10, timeLimitSec: 180 },
      { questionId: "q2", level: "L2" as const, directions: ["reasoning", "memory"], keyPoints: ["z"], checked: [0], pitfallHit: false, timeUsedSec: 10, timeLimitSec: 360 },
    ];
    // Chosen memory first: memory is scored on q2 alone, though q2's home direction is reasoning.
    expect(mockReport(items, ["memory", "reasoning", "multimodal"]).perDirection).toEqual([
      { direction: "memory", score: 1, questions: 1 },
      { direction: "reasoning", score: 0.75, questions: 2 },
    ]);
  });

  it("scores a project round probe by probe, the rubric as key points and a red flag costing a quarter", () => {
    const round = projectRoundReport([
      { rubric: ["a", "b", "c", "d"], checked: [0, 1, 2, 3], redFlagHit: true, timeUsedSec: 200, timeLimitSec: 180 },
      { rubric: ["a", "b"], checked: [1], redFlagHit: false, timeUsedSec: 60, timeLimitSec: 180 },
    ]);
    expect(round.perProbe.map((p) => p.score)).toEqual([0.75, 0.5]);
    expect(round.perProbe[0]).toMatchObject({ overTime: true, redFlagHit: true, missed: [] });
    expect(round.perProbe[1]).toMatchObject({ overTime: false, missed: ["a"] });
    expect(round.overall).toBe(0.625);
    expect(projectRoundReport([]).overall).toBe(0);
  });
});
