import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDateTime, formatDay } from "./format";
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
