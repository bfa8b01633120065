import { describe, expect, it } from "vitest";
import { menteeStats, sortMentees, type MenteeStats } from "./stats";

const now = new Date("2030-05-10T12:00:00Z");
const state = (cardId: string, stability: number) => ({ cardId, due: new Date("2030-05-20T00:00:00Z"), stability, snapshot: null });

describe("what a mentor sees per mentee", () => {
  it("counts assigned cards seen as well as mastered, so a day's work shows before weeks of it", () => {
    const stats = menteeStats({
      now, today: "2030-05-10", days: [{ day: "2030-05-09", reviews: 12, matureReviews: 4, maturePassed: 3 }],
      states: [state("q:a", 2), state("q:b", 30), state("q:z", 1), state("c:a-c1", 40)], cards: [],
      assignedCards: ["q:a", "q:b", "q:c", "q:a", "c:a-c1", "c:a-c2"],
    });
    expect(stats.assignment).toEqual({ seen: 3, mastered: 2, total: 5 });
    expect(stats.reviews7d).toBe(12);
    expect(stats.retention30d).toBe(0.75);
  });

  it("sorts by assignment progress with seen and mastered both counting", () => {
    const row = (name: string, seen: number, mastered: number) => ({ name, stats: { assignment: { seen, mastered, total: 4 } } as MenteeStats });
    const rows = [row("Mastered one", 1, 1), row("Started all", 4, 0), row("Nothing yet", 0, 0)];
    expect(sortMentees(rows, "assignment", true).map((r) => r.name)).toEqual(["Started all", "Mastered one", "Nothing yet"]);
  });
});
