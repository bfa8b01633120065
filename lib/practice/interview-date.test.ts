import { describe, expect, it } from "vitest";
import { interviewSchedule } from "./interview-date";

const now = new Date("2026-06-01T10:00:00Z");
const tz = "UTC";

describe("interview-date mode", () => {
  it("caps intervals so the next review lands before the interview", () => {
    const schedule = interviewSchedule({ now, interviewDate: "2026-06-11", timeZone: tz, unseen: 0, dueBeforeInterview: 0, baseNewPerDay: 10 })!;
    expect(schedule.daysLeft).toBe(10);
    expect(schedule.maximumInterval).toBe(9);
  });

  it("introduces unseen cards early enough for two reviews each", () => {
    const schedule = interviewSchedule({ now, interviewDate: "2026-06-11", timeZone: tz, unseen: 180, dueBeforeInterview: 40, baseNewPerDay: 10 })!;
    // 9 introduction days (the last day before the interview is for second reviews).
    expect(schedule.newPerDay).toBe(20);
    expect(schedule.newPerDay * (schedule.daysLeft - 1)).toBeGreaterThanOrEqual(180);
    expect(schedule.reviewsPerDay).toBe(Math.ceil((40 + 360) / 10));
  });

  it("never lowers the user's own new-card pace", () => {
    const schedule = interviewSchedule({ now, interviewDate: "2026-07-01", timeZone: tz, unseen: 5, dueBeforeInterview: 0, baseNewPerDay: 10 })!;
    expect(schedule.newPerDay).toBe(10);
  });

  it("on the eve of the interview every unseen card is due today", () => {
    const schedule = interviewSchedule({ now, interviewDate: "2026-06-02", timeZone: tz, unseen: 30, dueBeforeInterview: 0, baseNewPerDay: 10 })!;
    expect(schedule.newPerDay).toBe(30);
    expect(schedule.maximumInterval).toBe(1);
  });

  it("resumes normal scheduling on and after the interview day", () => {
    expect(interviewSchedule({ now, interviewDate: "2026-06-01", timeZone: tz, unseen: 30, dueBeforeInterview: 0, baseNewPerDay: 10 })).toBeNull();
    expect(interviewSchedule({ now, interviewDate: "2026-05-20", timeZone: tz, unseen: 30, dueBeforeInterview: 0, baseNewPerDay: 10 })).toBeNull();
    expect(interviewSchedule({ now, interviewDate: null, timeZone: tz, unseen: 30, dueBeforeInterview: 0, baseNewPerDay: 10 })).toBeNull();
  });
});
