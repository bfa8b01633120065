import { describe, expect, it } from "vitest";
import { pickQuizChecks, QUIZ_GRACE_MS, quizLimitSec, quizOpen, quizReport, type QuizCandidate } from "./quiz";

const c = (id: string, questionId: string, type: QuizCandidate["type"] = "choice"): QuizCandidate => ({ id, questionId, type });

describe("a mock's quiz round", () => {
  const pool = [c("a-c1", "a"), c("a-c2", "a"), c("b-c1", "b"), c("c-c1", "c"), c("d-c1", "d"), c("d-c2", "d")];

  it("asks at most one check per question, none from the questions asked in writing", () => {
    for (let seed = 0; seed < 50; seed++) {
      const picked = pickQuizChecks(pool, 10, ["c"], seed);
      expect(picked.map((p) => p.questionId).sort()).toEqual(["a", "b", "d"]);
    }
    expect(pickQuizChecks(pool, 2, [], 7)).toHaveLength(2);
    expect(pickQuizChecks(pool, 0, [], 7)).toEqual([]);
  });

  it("gives the round the sum of its checks' allowances", () => {
    expect(quizLimitSec([{ type: "choice" }, { type: "multi" }, { type: "numeric" }, { type: "order" }])).toBe(45 + 60 + 60 + 90);
    expect(quizLimitSec([])).toBe(0);
  });

  it("takes answers until the clock runs out, plus a grace for the network, and none once ended", () => {
    const startedAt = new Date("2030-01-01T10:00:00Z");
    const at = (ms: number) => new Date(startedAt.getTime() + ms);
    const round = { startedAt, endedAt: null, limitSec: 90 };
    expect(quizOpen(round, at(89_000))).toBe(true);
    expect(quizOpen(round, at(90_000 + QUIZ_GRACE_MS))).toBe(true);
    expect(quizOpen(round, at(90_001 + QUIZ_GRACE_MS))).toBe(false);
    expect(quizOpen({ ...round, startedAt: null }, at(10 ** 9))).toBe(true); // not shown yet: its clock has not started
    expect(quizOpen({ ...round, endedAt: at(1_000) }, at(2_000))).toBe(false);
  });

  it("scores unanswered as missed, per chosen direction or else the home direction", () => {
    const rows = [
      { correct: true, directions: ["reasoning", "reward"] },
      { correct: false, directions: ["reward"] },
      { correct: null, directions: ["search"] },
    ];
    expect(quizReport(rows)).toEqual({
      right: 1, answered: 2, total: 3,
      perDirection: [{ direction: "reasoning", right: 1, total: 1 }, { direction: "reward", right: 0, total: 1 }, { direction: "search", right: 0, total: 1 }],
    });
    expect(quizReport(rows, ["reward"]).perDirection).toEqual([{ direction: "reward", right: 1, total: 2 }]);
  });
});
