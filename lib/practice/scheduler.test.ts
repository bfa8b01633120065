import { describe, expect, it } from "vitest";
import { preview, replay, retrievability, review, type LoggedReview, type RatingValue, type Snapshot } from "./scheduler";

const params = { retention: 0.9, maximumInterval: 365 };
const t0 = new Date("2026-03-01T08:00:00Z");

/** Reviews a card on each due date (plus a little) with the given ratings. */
function simulate(ratings: RatingValue[], p = params) {
  let state: Snapshot | null = null;
  let now = t0;
  const logs: LoggedReview[] = [];
  for (const rating of ratings) {
    logs.push({ rating, reviewedAt: now, params: p });
    state = review(state, rating, now, p);
    now = new Date(new Date(state.due).getTime() + 3_600_000);
  }
  return { state: state!, logs };
}

describe("FSRS scheduling wrapper", () => {
  it("replaying the log reproduces the stored state exactly, fuzz included", () => {
    const { state, logs } = simulate([3, 3, 1, 3, 4, 2, 3, 3]);
    expect(replay(logs)).toEqual(state);
  });

  it("replay uses each review's own parameters", () => {
    const { logs } = simulate([3, 3, 3]);
    const changed = logs.map((l, i) => (i === 2 ? { ...l, params: { retention: 0.97, maximumInterval: 365 } } : l));
    expect(replay(changed)).not.toEqual(replay(logs));
  });

  it("a new card graded Good enters learning and comes back within minutes", () => {
    const s = review(null, 3, t0, params);
    expect(s.state).toBe(1);
    expect(new Date(s.due).getTime() - t0.getTime()).toBeLessThanOrEqual(15 * 60_000);
    expect(s.reps).toBe(1);
  });

  it("Again on a review card is a lapse", () => {
    const { state } = simulate([3, 3, 3, 1]);
    expect(state.lapses).toBe(1);
    expect(state.state).toBe(3);
  });

  it("the maximum interval caps every grade (interview-date mode)", () => {
    const capped = { retention: 0.9, maximumInterval: 5 };
    const { state } = simulate([3, 3, 4, 4, 4, 4], capped);
    expect(state.scheduledDays).toBeLessThanOrEqual(5);
    const choices = preview(state, new Date(state.due), capped);
    for (const r of [1, 2, 3, 4] as const) {
      expect(new Date(choices[r]).getTime() - new Date(state.due).getTime()).toBeLessThanOrEqual(5 * 86_400_000 + 60_000);
    }
  });

  it("previews order the grades: Again ≤ Hard ≤ Good ≤ Easy", () => {
    const { state } = simulate([3, 3, 3]);
    const p = preview(state, new Date(state.due), params);
    const due = [1, 2, 3, 4].map((r) => new Date(p[r as RatingValue]).getTime());
    expect([...due].sort((a, b) => a - b)).toEqual(due);
  });

  it("higher desired retention gives shorter intervals", () => {
    const lo = simulate([3, 3, 3, 3], { retention: 0.8, maximumInterval: 36500 }).state;
    const hi = simulate([3, 3, 3, 3], { retention: 0.97, maximumInterval: 36500 }).state;
    expect(hi.scheduledDays).toBeLessThan(lo.scheduledDays);
  });

  it("retrievability is 0 for unseen cards and falls with time", () => {
    const { state } = simulate([3, 3, 3]);
    expect(retrievability(null, t0)).toBe(0);
    const soon = retrievability(state, new Date(state.lastReview!));
    const later = retrievability(state, new Date(new Date(state.lastReview!).getTime() + 60 * 86_400_000));
    expect(soon).toBeGreaterThan(later);
  });

  it("a state reviewed 'in the future' (clock skew) is scheduled from its last review, not refused", () => {
    const { state } = simulate([3, 3, 3]);
    const skewed = new Date(new Date(state.lastReview!).getTime() - 10 * 86_400_000);
    expect(() => preview(state, skewed, params)).not.toThrow();
    const after = review(state, 3, skewed, params);
    expect(new Date(after.due).getTime()).toBeGreaterThan(new Date(state.lastReview!).getTime());
    // Replaying the same log (with its skewed time) lands on the same state.
    expect(replay([...simulate([3, 3, 3]).logs, { rating: 3, reviewedAt: skewed, params }])).toEqual(after);
  });

  it("an undo in the log takes back the latest grade, and undos stack", () => {
    const { state: afterTwo, logs } = simulate([3, 3]);
    const third = { rating: 1 as const, reviewedAt: new Date(new Date(afterTwo.due).getTime() + 3_600_000), params };
    expect(replay([...logs, third, { undo: true }])).toEqual(afterTwo);
    expect(replay([...logs, { undo: true }, { undo: true }])).toBeNull(); // back to a card never learned
    expect(replay([...logs, { undo: true }])).toEqual(replay(logs.slice(0, 1)));
  });
});
