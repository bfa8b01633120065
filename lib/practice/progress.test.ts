import { describe, expect, it } from "vitest";
import { dailyCounts, forecast, streak, weeklyRetention } from "./progress";

const tz = "UTC";
const now = new Date("2026-06-10T12:00:00Z");
const at = (iso: string, rating = 3, scheduledDaysBefore: number | null = 30) => ({ reviewedAt: new Date(iso), rating, scheduledDaysBefore });

describe("progress statistics", () => {
  it("counts reviews per study day, oldest first, ending today", () => {
    const days = dailyCounts([at("2026-06-10T08:00:00Z"), at("2026-06-10T09:00:00Z"), at("2026-06-09T08:00:00Z")], now, tz, 3);
    expect(days).toEqual([["2026-06-08", 0], ["2026-06-09", 1], ["2026-06-10", 2]]);
  });

  it("forecasts due cards per day, with overdue cards due today", () => {
    const f = forecast([new Date("2026-06-01T00:00:00Z"), new Date("2026-06-11T10:00:00Z"), new Date("2026-06-11T11:00:00Z"), new Date("2026-09-01T00:00:00Z")], now, tz, 3);
    expect(f).toEqual([["2026-06-10", 1], ["2026-06-11", 2], ["2026-06-12", 0]]);
  });

  it("true retention counts only mature cards and treats Hard as a pass", () => {
    const weeks = weeklyRetention([at("2026-06-09T08:00:00Z", 1), at("2026-06-09T09:00:00Z", 2), at("2026-06-09T10:00:00Z", 3, 3)], now, tz, 1);
    expect(weeks).toEqual([{ week: expect.any(String), reviews: 2, passRate: 0.5 }]);
  });

  it("a streak survives an unfinished today and breaks on a missed day", () => {
    expect(streak([at("2026-06-09T08:00:00Z"), at("2026-06-08T08:00:00Z"), at("2026-06-06T08:00:00Z")], now, tz)).toBe(2);
    expect(streak([at("2026-06-10T08:00:00Z"), at("2026-06-09T08:00:00Z")], now, tz)).toBe(2);
    expect(streak([at("2026-06-07T08:00:00Z")], now, tz)).toBe(0);
  });
});
