import { describe, expect, it } from "vitest";
import { dailyCounts, forecast, streak, weeklyRetention } from "./progress";
import { dayDelta, totalsFromLog } from "./review-days";

const tz = "UTC";
const now = new Date("2026-06-10T12:00:00Z");
const today = "2026-06-10";
const at = (iso: string, rating = 3, scheduledDaysBefore: number | null = 30) => ({ reviewedAt: new Date(iso), rating, scheduledDaysBefore });

describe("per-day totals", () => {
  it("add a review to its study day, counting mature reviews and passes", () => {
    expect(dayDelta(1, 30)).toEqual({ reviews: 1, matureReviews: 1, maturePassed: 0 });
    expect(dayDelta(2, 21)).toEqual({ reviews: 1, matureReviews: 1, maturePassed: 1 });
    expect(dayDelta(3, 20)).toEqual({ reviews: 1, matureReviews: 0, maturePassed: 0 });
    expect(dayDelta(3, null)).toEqual({ reviews: 1, matureReviews: 0, maturePassed: 0 });
    // 02:30 Shanghai time still belongs to the evening before (04:00 rollover).
    expect(totalsFromLog([at("2026-06-09T18:30:00Z"), at("2026-06-09T20:30:00Z", 1)], "Asia/Shanghai")).toEqual([
      { day: "2026-06-09", reviews: 1, matureReviews: 1, maturePassed: 1 },
      { day: "2026-06-10", reviews: 1, matureReviews: 1, maturePassed: 0 },
    ]);
  });
});

describe("progress statistics", () => {
  it("counts reviews per study day, oldest first, ending today", () => {
    const days = dailyCounts(totalsFromLog([at("2026-06-10T08:00:00Z"), at("2026-06-10T09:00:00Z"), at("2026-06-09T08:00:00Z")], tz), today, 3);
    expect(days).toEqual([["2026-06-08", 0], ["2026-06-09", 1], ["2026-06-10", 2]]);
  });

  it("forecasts due cards per day, with overdue cards due today", () => {
    const f = forecast([new Date("2026-06-01T00:00:00Z"), new Date("2026-06-11T10:00:00Z"), new Date("2026-06-11T11:00:00Z"), new Date("2026-09-01T00:00:00Z")], now, tz, 3);
    expect(f).toEqual([["2026-06-10", 1], ["2026-06-11", 2], ["2026-06-12", 0]]);
  });

  it("true retention counts only mature cards and treats Hard as a pass", () => {
    const weeks = weeklyRetention(totalsFromLog([at("2026-06-09T08:00:00Z", 1), at("2026-06-09T09:00:00Z", 2), at("2026-06-09T10:00:00Z", 3, 3)], tz), today, 2);
    expect(weeks).toEqual([
      { week: "2026-05-28", reviews: 0, passRate: null },
      { week: "2026-06-04", reviews: 2, passRate: 0.5 },
    ]);
  });

  it("a streak survives an unfinished today and breaks on a missed day", () => {
    const s = (...isos: string[]) => streak(totalsFromLog(isos.map((i) => at(i)), tz), today);
    expect(s("2026-06-09T08:00:00Z", "2026-06-08T08:00:00Z", "2026-06-06T08:00:00Z")).toBe(2);
    expect(s("2026-06-10T08:00:00Z", "2026-06-09T08:00:00Z")).toBe(2);
    expect(s("2026-06-07T08:00:00Z")).toBe(0);
  });
});
