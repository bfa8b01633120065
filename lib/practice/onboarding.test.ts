import { describe, expect, it } from "vitest";
import { AUTO_PLAN, NO_PLAN, onboardingSchema, planToStart } from "./onboarding";

const PLANS = [{ slug: "reasoning", direction: "reasoning" }, { slug: "memory", direction: "memory" }];

describe("the plan started at onboarding", () => {
  it("follows the first direction picked when left on auto", () => {
    expect(planToStart(AUTO_PLAN, ["memory", "reasoning"], PLANS)).toBe("memory");
    expect(planToStart(AUTO_PLAN, [], PLANS)).toBeNull();
    expect(planToStart(AUTO_PLAN, ["no-plan-here"], PLANS)).toBeNull();
  });

  it("is the one picked, none, or refused when it does not exist", () => {
    expect(planToStart("reasoning", ["memory"], PLANS)).toBe("reasoning");
    expect(planToStart(NO_PLAN, ["memory"], PLANS)).toBeNull();
    expect(planToStart("made-up", ["memory"], PLANS)).toBeUndefined();
  });
});

describe("the onboarding form", () => {
  it("takes one or many directions, an optional date and a real zone", () => {
    const ok = onboardingSchema.safeParse({ directions: "memory", interviewDate: "", timeZone: "Europe/Berlin" });
    expect(ok.success && ok.data).toEqual({ directions: ["memory"], interviewDate: null, timeZone: "Europe/Berlin", plan: AUTO_PLAN });
    const bad = onboardingSchema.safeParse({ directions: ["memory"], interviewDate: "2030-02-30", timeZone: "Mars/Olympus" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(["interviewDate", "timeZone"]);
  });
});
