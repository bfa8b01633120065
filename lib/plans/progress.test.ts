import { describe, expect, it } from "vitest";
import { moduleProgress, nextStep, planCalendar, planCoverage, type CardProgress, type PlanModule } from "./progress";

const mod = (id: string, days: number, notes: string[], questions: string[]): PlanModule => ({ id, title: { zh: id, en: id }, goal: { zh: "", en: "" }, days, notes, questions });
const MODULES = [mod("m1", 4, ["n1"], ["a", "b"]), mod("m2", 6, ["n2"], ["c"]), mod("m3", 10, [], ["d"])];
const seen = (stability: number): CardProgress => ({ stability, due: new Date() });
const states = (entries: Record<string, number>) => new Map(Object.entries(entries).map(([q, s]) => [`q:${q}`, seen(s)]));

describe("plan progress", () => {
  it("counts notes read, questions seen and mastered per module, so a day's work shows", () => {
    const progress = moduleProgress(MODULES, states({ a: 2, b: 30 }), new Set(["n1"]));
    expect(progress[0]).toEqual({ id: "m1", notes: 1, notesRead: 1, total: 2, seen: 2, mastered: 1, covered: true, done: false });
    expect(progress[1]).toMatchObject({ notesRead: 0, seen: 0, covered: false });
    expect(planCoverage(progress)).toBe(3 / 6); // n1, a, b of 2 notes and 4 questions
  });

  it("next: the first unread note, then the first unseen question, moving on once a module is covered", () => {
    expect(nextStep(MODULES, states({}))).toEqual({ kind: "read", moduleId: "m1", note: "n1" });
    expect(nextStep(MODULES, states({}), new Set(["n1"]))).toEqual({ kind: "learn", moduleId: "m1", question: "a" });
    // m1 covered but not mastered (that takes weeks): the plan moves on to m2.
    expect(nextStep(MODULES, states({ a: 2, b: 2 }), new Set(["n1"]))).toEqual({ kind: "read", moduleId: "m2", note: "n2" });
    const all = new Set(["n1", "n2"]);
    expect(nextStep(MODULES, states({ a: 2, b: 30, c: 1, d: 40 }), all)).toEqual({ kind: "review", moduleId: "m2", question: "c" });
    expect(nextStep(MODULES, states({ a: 30, b: 30, c: 30, d: 40 }), all)).toEqual({ kind: "complete" });
  });
});

describe("plan calendar", () => {
  it("keeps the plan's own length without an interview date", () => {
    const cal = planCalendar(MODULES, moduleProgress(MODULES, states({})), "2030-01-01", "2030-01-01", null);
    expect(cal.windows).toEqual([
      { id: "m1", from: "2030-01-01", to: "2030-01-04" },
      { id: "m2", from: "2030-01-05", to: "2030-01-10" },
      { id: "m3", from: "2030-01-11", to: "2030-01-20" },
    ]);
    expect(cal.end).toBe("2030-01-21");
    expect(cal).toMatchObject({ expected: "m1", actual: "m1", pace: "on-track", squeezed: false });
  });

  it("squeezes the plan to an interview date and says when the candidate is behind", () => {
    const progress = moduleProgress(MODULES, states({}));
    // 20 plan days into 10 calendar days.
    const cal = planCalendar(MODULES, progress, "2030-01-01", "2030-01-06", "2030-01-11");
    expect(cal.windows.map((w) => [w.from, w.to])).toEqual([["2030-01-01", "2030-01-02"], ["2030-01-03", "2030-01-05"], ["2030-01-06", "2030-01-10"]]);
    expect(cal).toMatchObject({ expected: "m3", actual: "m1", pace: "behind" });
    expect(cal).toMatchObject({ planDays: 20, squeezed: true, daysLeft: 5 });
  });

  it("stretches the plan when there is time, and says ahead or done", () => {
    const ahead = moduleProgress(MODULES, states({ a: 1, b: 1, c: 1 }), new Set(["n1", "n2"]));
    const cal = planCalendar(MODULES, ahead, "2030-01-01", "2030-01-02", "2030-03-02");
    expect(cal.windows[2]!.to).toBe("2030-03-01");
    expect(cal).toMatchObject({ expected: "m1", actual: "m3", pace: "ahead" });
    const all = moduleProgress(MODULES, states({ a: 1, b: 1, c: 1, d: 1 }), new Set(["n1", "n2"]));
    expect(planCalendar(MODULES, all, "2030-01-01", "2030-01-02", null).pace).toBe("done");
  });
});
