/**
 * Interview-date mode. Until the interview day: no interval reaches past it, and cards not
 * yet seen are introduced early enough to be reviewed at least twice before it. Pure.
 */
import type { CalendarDate } from "../time/calendar-date.ts";
import { startOfLocalDate, studyDaysBetween } from "../time/study-day.ts";

export type InterviewSchedule = {
  daysLeft: number; // study days before the interview day (today included)
  maximumInterval: number; // cap on any interval scheduled today
  newPerDay: number; // new cards a day needed (never below the user's own setting)
  reviewsPerDay: number; // estimated reviews a day until the interview
  unseen: number;
};

export type InterviewInput = {
  now: Date;
  interviewDate: CalendarDate | null;
  timeZone: string;
  unseen: number; // cards in the user's feed never reviewed
  dueBeforeInterview: number; // reviews already scheduled before the interview day
  baseNewPerDay: number;
};

/** When the interview day begins for the user (its study day starts at 04:00 local). */
export function interviewStart(interviewDate: CalendarDate, timeZone: string): Date {
  return startOfLocalDate(interviewDate, timeZone);
}

/** null when there is no interview ahead: normal scheduling. */
export function interviewSchedule(input: InterviewInput): InterviewSchedule | null {
  if (!input.interviewDate) return null;
  const daysLeft = studyDaysBetween(input.now, interviewStart(input.interviewDate, input.timeZone), input.timeZone);
  if (daysLeft <= 0) return null; // the day has come: normal scheduling resumes
  // A card introduced on day k needs its second review by the day before the interview,
  // so introductions must finish one day before that (or today, when only today is left).
  const introductionDays = Math.max(1, daysLeft - 1);
  const newPerDay = Math.max(input.baseNewPerDay, Math.ceil(input.unseen / introductionDays));
  const reviewsPerDay = Math.ceil((input.dueBeforeInterview + 2 * input.unseen) / daysLeft);
  return { daysLeft, maximumInterval: Math.max(1, daysLeft - 1), newPerDay, reviewsPerDay, unseen: input.unseen };
}
