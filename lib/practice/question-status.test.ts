import { describe, expect, it } from "vitest";
import { pageOf, questionStatus, sortBank, type CardRow } from "./question-status";

const now = new Date("2030-01-10T12:00:00Z");
const row = (over: Partial<CardRow>): CardRow => ({ state: 2, due: new Date("2030-01-20T00:00:00Z"), stability: 5, suspended: false, buriedUntil: null, flagged: false, ...over });

describe("a question's status in the bank", () => {
  it("reads new, learning, due, review, mastered and suspended from the card's state", () => {
    expect(questionStatus(undefined, now)).toBe("new");
    expect(questionStatus(row({ state: 0 }), now)).toBe("new"); // a row only carrying a flag or an undone first grade
    expect(questionStatus(row({ state: 1, due: new Date("2030-01-10T12:05:00Z") }), now)).toBe("learning");
    expect(questionStatus(row({ due: new Date("2030-01-10T11:00:00Z") }), now)).toBe("due");
    expect(questionStatus(row({ stability: 30 }), now)).toBe("mastered");
    expect(questionStatus(row({}), now)).toBe("review");
    expect(questionStatus(row({ suspended: true, due: new Date("2030-01-01T00:00:00Z") }), now)).toBe("suspended");
  });
});

describe("the bank's order and pages", () => {
  const rows = [
    { id: "b", level: "L1", titleZh: "乙", due: null },
    { id: "a", level: "L2", titleZh: "甲", due: new Date("2030-01-12T00:00:00Z") },
    { id: "c", level: "L1", titleZh: "丙", due: new Date("2030-01-11T00:00:00Z") },
  ];
  it("sorts as written, by level, by due date (never-seen last) and by title", () => {
    expect(sortBank(rows, "default", "zh-CN").map((r) => r.id)).toEqual(["b", "c", "a"]);
    expect(sortBank(rows, "level", "zh-CN").map((r) => r.id)).toEqual(["a", "b", "c"]);
    expect(sortBank(rows, "due", "zh-CN").map((r) => r.id)).toEqual(["c", "a", "b"]);
    expect(sortBank(rows, "title", "en").map((r) => r.id)).toHaveLength(3);
  });

  it("pages by 50, clamping a page out of range", () => {
    const many = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(many, 2)).toMatchObject({ page: 2, pages: 3 });
    expect(pageOf(many, 2).rows[0]).toBe(50);
    expect(pageOf(many, 9)).toMatchObject({ page: 3, rows: many.slice(100) });
    expect(pageOf(many, Number("x"))).toMatchObject({ page: 1 });
    expect(pageOf([], 1)).toEqual({ rows: [], page: 1, pages: 1 });
  });
});
