/**
 * Study days in the user's time zone, rolling over at 04:00 like Anki, so a session past
 * midnight still counts for the evening it started. Pure (Intl only).
 */
import { addDays, calendarDateOf, type CalendarDate } from "./calendar-date.ts";
import { DAY_MS, wallClock, zonedInstant } from "./zone.ts";

const ROLLOVER_HOUR = 4;

/** Local calendar date (YYYY-MM-DD) of the study day containing `instant`. */
export function studyDate(instant: Date, timeZone: string): CalendarDate {
  const p = wallClock(instant, timeZone);
  const date = calendarDateOf(p.y, p.m, p.d);
  return p.h < ROLLOVER_HOUR ? addDays(date, -1) : date;
}

/** The instant the study day of local date `date` begins (04:00 there). */
export function startOfLocalDate(date: CalendarDate, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return zonedInstant(y, m, d, ROLLOVER_HOUR, timeZone);
}

/** Start of the study day containing `now`. */
export function startOfStudyDay(now: Date, timeZone: string): Date {
  return startOfLocalDate(studyDate(now, timeZone), timeZone);
}

/** Whole study days from the day of `from` to the day of `to` (0 = same day). */
export function studyDaysBetween(from: Date, to: Date, timeZone: string): number {
  const a = startOfStudyDay(from, timeZone).getTime();
  const b = startOfStudyDay(to, timeZone).getTime();
  return Math.round((b - a) / DAY_MS);
}
