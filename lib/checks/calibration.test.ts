import { describe, expect, it } from "vitest";
import { calibrate } from "./calibration";

const home = new Map([["a", "reward-model"], ["b", "reward-model"], ["c", "reasoning"]]);

describe("calibrate", () => {
  it("compares self-grades with check results per question and per direction", () => {
    const { directions, questions } = calibrate(
      [
        { cardId: "q:a", total: 4, passed: 4 }, // rates themselves 100 %
        { cardId: "c:a-c1", total: 2, passed: 1 },
        { cardId: "c:a-c2", total: 2, passed: 0 }, // gets a's checks 25 %
        { cardId: "q:b", total: 2, passed: 1 },
        { cardId: "c:b-c1", total: 2, passed: 2 },
      ],
      home,
    );
    expect(questions.map((q) => [q.questionId, q.self.rate, q.checks.rate])).toEqual([["a", 1, 0.25], ["b", 0.5, 1]]);
    expect(questions[0]!.gap).toBeCloseTo(0.75);
    expect(directions).toEqual([
      { direction: "reward-model", self: { total: 6, passed: 5, rate: 5 / 6 }, checks: { total: 6, passed: 3, rate: 0.5 }, gap: 5 / 6 - 0.5, questions: 2 },
    ]);
  });

  it("leaves out questions answered only one way, so both rates speak of the same questions", () => {
    const { directions, questions } = calibrate([{ cardId: "q:c", total: 3, passed: 3 }, { cardId: "c:a-c1", total: 1, passed: 0 }, { cardId: "f:x", total: 1, passed: 1 }], home);
    expect(questions).toEqual([]);
    expect(directions).toEqual([]);
  });
});
