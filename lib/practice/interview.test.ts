import { describe, expect, it } from "vitest";
import { interviewPlan } from "./interview";
import { startOfLocalDate } from "./study-day";

const now = new Date("2026-06-01T10:00:00Z");
const tz = "UTC";

describe("interview-date mode", () => {
  it("caps intervals so the next review lands before the interview", () => {
    const plan = interviewPlan({ now, interviewDate: startOfLocalDate("2026-06-11", tz), timeZone: tz, unseen: 0, dueBeforeInterview: 0, baseNewPerDay: 10 })!;
    expect(plan.daysLeft).toBe(10);
    expect(plan.maximumInterval).toBe(9);
  });

  it("introduces unseen cards early enough for two reviews each", () => {
    const plan = interviewPlan({ now, interviewDate: startOfLocalDate("2026-06-11", tz), timeZone: tz, unseen: 180, dueBeforeInterview: 40, baseNewPerDay: 10 })!;
    // 9 introduction days (the last day before the interview is for second reviews).
    expect(plan.newPerDay).toBe(20);
    expect(plan.newPerDay * (plan.daysLeft - 1)).toBeGreaterThanOrEqual(180);
    expect(plan.reviewsPerDay).toBe(Math.ceil((40 + 360) / 10));
  });

  it("never lowers the user's own new-card pace", () => {
    const plan = interviewPlan({ now, interviewDate: startOfLocalDate("2026-07-01", tz), timeZone: tz, unseen: 5, dueBeforeInterview: 0, baseNewPerDay: 10 })!;
    expect(plan.newPerDay).toBe(10);
  });

  it("on the eve of the interview every unseen card is due today", () => {
    const plan = interviewPlan({ now, interviewDate: startOfLocalDate("2026-06-02", tz), timeZone: tz, unseen: 30, dueBeforeInterview: 0, baseNewPerDay: 10 })!;
    expect(plan.newPerDay).toBe(30);
    expect(plan.maximumInterval).toBe(1);
  });

  it("resumes normal scheduling on and after the interview day", () => {
    expect(interviewPlan({ now, interviewDate: startOfLocalDate("2026-06-01", tz), timeZone: tz, unseen: 30, dueBeforeInterview: 0, baseNewPerDay: 10 })).toBeNull();
    expect(interviewPlan({ now, interviewDate: startOfLocalDate("2026-05-20", tz), timeZone: tz, unseen: 30, dueBeforeInterview: 0, baseNewPerDay: 10 })).toBeNull();
    expect(interviewPlan({ now, interviewDate: null, timeZone: tz, unseen: 30, dueBeforeInterview: 0, baseNewPerDay: 10 })).toBeNull();
  });
});
