/**
 * The one-step start after sign-up: which directions, the interview date, a plan and the
 * time zone, saved together. Pure.
 */
import { z } from "zod";
import { settingsSchema } from "./settings.ts";

/** "auto" = the plan of the first direction picked; "none" = no plan for now. */
export const AUTO_PLAN = "auto";
export const NO_PLAN = "none";

export const onboardingSchema = z.object({
  directions: settingsSchema.shape.directions,
  interviewDate: settingsSchema.shape.interviewDate,
  timeZone: settingsSchema.shape.timeZone,
  plan: z.string().max(64).default(AUTO_PLAN),
});
export type OnboardingInput = z.infer<typeof onboardingSchema>;

type PlanRef = { slug: string; direction: string };

/** The plan to start: the one picked, the first direction's for "auto", or none. Undefined: no such plan. */
export function planToStart(choice: string, directions: readonly string[], plans: readonly PlanRef[]): string | null | undefined {
  if (choice === NO_PLAN) return null;
  if (choice === AUTO_PLAN) return plans.find((p) => p.direction === directions[0])?.slug ?? null;
  return plans.find((p) => p.slug === choice)?.slug;
}
