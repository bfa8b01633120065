import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatClock, formatDateTime, formatDay } from "./format";
import { toStoredDate } from "./calendar-date";

describe("showing dates and times", () => {
  it("shows a picked date the same in every time zone", () => {
    expect(formatCalendarDate("2030-01-15", "zh-CN")).toBe("2030年1月15日周二");
    expect(formatCalendarDate("2030-01-15", "en")).toBe("Tue, Jan 15, 2030");
    expect(formatCalendarDate(toStoredDate("2030-01-15"), "zh-CN")).toBe("2030年1月15日周二");
  });

  it("shows an instant in the viewer's time zone", () => {
    const instant = new Date("2030-01-15T20:05:00Z");
    expect(formatDateTime(instant, "Asia/Shanghai", "zh-CN")).toBe("2030年1月16日 04:05");
    expect(formatDateTime(instant, "America/Los_Angeles", "en")).toBe("Jan 15, 2030, 12:05");
    expect(formatDay(instant, "Asia/Shanghai", "en")).toBe("Wed, Jan 16, 2030");
  });
});

describe("a duration as a clock", () => {
  it("shows minutes and two-digit seconds, the size of an overrun, whole seconds only", () => {
    expect([formatClock(0), formatClock(5), formatClock(180), formatClock(285), formatClock(-61), formatClock(59.9)]).toEqual(["0:00", "0:05", "3:00", "4:45", "1:01", "0:59"]);
  });
});
