import { describe, expect, it } from "vitest";
import { addDays, calendarDateSchema, daysBetween, fromStoredDate, optionalCalendarDateSchema, parseCalendarDate, toStoredDate } from "./calendar-date";

describe("calendar dates", () => {
  it("accept real dates only", () => {
    expect(parseCalendarDate("2030-01-15")).toBe("2030-01-15");
    expect(parseCalendarDate("2028-02-29")).toBe("2028-02-29"); // a leap year
    for (const bad of ["2026-02-31", "2027-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "0000-00-00", "9999-99-99", "1999-12-31", "2101-01-01", "2030-1-5", "20300115", ""]) {
      expect(parseCalendarDate(bad), bad).toBeNull();
    }
  });

  it("tell a malformed date from an impossible one in form errors", () => {
    const issue = (v: string) => calendarDateSchema.safeParse(v).error?.issues[0]?.message;
    expect(issue("2026-02-31")).toBe("dateNotReal");
    expect(issue("31/02/2026")).toBe("dateFormat");
    expect(optionalCalendarDateSchema.parse("")).toBeNull();
    expect(optionalCalendarDateSchema.parse("2030-01-15")).toBe("2030-01-15");
  });

  it("are stored as midnight UTC and read back unchanged", () => {
    expect(toStoredDate("2030-01-15").toISOString()).toBe("2030-01-15T00:00:00.000Z");
    expect(fromStoredDate(toStoredDate("2030-01-15"))).toBe("2030-01-15");
  });

  it("count and add whole days across month and year ends", () => {
    expect(addDays("2029-12-31", 1)).toBe("2030-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(daysBetween("2030-01-15", "2030-02-15")).toBe(31);
  });
});
