/**
 * Interview-date mode. Until the interview day: no interval reaches past it, and cards not
 * yet seen are introduced early enough to be reviewed at least twice before it. Pure.
 */
import { studyDaysBetween } from "./study-day.ts";

export type InterviewPlan = {
  daysLeft: number; // study days before the interview day (today included)
  maximumInterval: number; // cap on any interval scheduled today
  newPerDay: number; // new cards a day needed (never below the user's own setting)
  reviewsPerDay: number; // estimated reviews a day until the interview
  unseen: number;
};

export type InterviewInput = {
  now: Date;
  interviewDate: Date | null;
  timeZone: string;
  unseen: number; // cards in the user's feed never reviewed
  dueBeforeInterview: number; // reviews already scheduled before the interview day
  baseNewPerDay: number;
};

/** null when there is no interview ahead: normal scheduling. */
export function interviewPlan(input: InterviewInput): InterviewPlan | null {
  if (!input.interviewDate) return null;
  const daysLeft = studyDaysBetween(input.now, input.interviewDate, input.timeZone);
  if (daysLeft <= 0) return null; // the day has come: normal scheduling resumes
  // A card introduced on day k needs its second review by the day before the interview,
  // so introductions must finish one day before that (or today, when only today is left).
  const introductionDays = Math.max(1, daysLeft - 1);
  const newPerDay = Math.max(input.baseNewPerDay, Math.ceil(input.unseen / introductionDays));
  const reviewsPerDay = Math.ceil((input.dueBeforeInterview + 2 * input.unseen) / daysLeft);
  return { daysLeft, maximumInterval: Math.max(1, daysLeft - 1), newPerDay, reviewsPerDay, unseen: input.unseen };
}
