import { describe, expect, it } from "vitest";
import { startOfLocalDate, startOfStudyDay, studyDate, studyDaysBetween } from "./study-day";

describe("study days", () => {
  it("roll over at 04:00 local time", () => {
    // 02:30 in Shanghai (UTC+8) belongs to the previous study day.
    expect(studyDate(new Date("2026-05-10T18:30:00Z"), "Asia/Shanghai")).toBe("2026-05-10");
    expect(studyDate(new Date("2026-05-10T20:30:00Z"), "Asia/Shanghai")).toBe("2026-05-11");
    expect(startOfStudyDay(new Date("2026-05-10T20:30:00Z"), "Asia/Shanghai").toISOString()).toBe("2026-05-10T20:00:00.000Z");
  });

  it("handle daylight-saving changes", () => {
    // Europe/Berlin switches to summer time on 2026-03-29.
    expect(startOfLocalDate("2026-03-28", "Europe/Berlin").toISOString()).toBe("2026-03-28T03:00:00.000Z");
    expect(startOfLocalDate("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-30T02:00:00.000Z");
    expect(studyDaysBetween(new Date("2026-03-28T12:00:00Z"), new Date("2026-03-30T12:00:00Z"), "Europe/Berlin")).toBe(2);
  });

  it("count whole days between two instants", () => {
    expect(studyDaysBetween(new Date("2026-05-10T10:00:00Z"), startOfLocalDate("2026-05-17", "UTC"), "UTC")).toBe(7);
  });
});
