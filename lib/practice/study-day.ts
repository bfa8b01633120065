/**
 * Study days in the user's time zone, rolling over at 04:00 like Anki, so a session past
 * midnight still counts for the evening it started. Pure (Intl only).
 */
export const ROLLOVER_HOUR = 4;
const DAY_MS = 24 * 60 * 60 * 1000;

function localParts(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return { y: get("year"), m: get("month"), d: get("day"), h: get("hour"), min: get("minute"), s: get("second") };
}

/** Offset of `timeZone` from UTC at `instant`, in ms. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s) - (instant.getTime() - (instant.getTime() % 1000));
}

/** The UTC instant of local wall-clock time y-m-d h:00 in `timeZone`. */
function zonedInstant(y: number, m: number, d: number, h: number, timeZone: string): Date {
  const guess = Date.UTC(y, m - 1, d, h);
  const first = guess - offsetAt(new Date(guess), timeZone);
  return new Date(guess - offsetAt(new Date(first), timeZone));
}

/** Start of the study day containing `now`. */
export function startOfStudyDay(now: Date, timeZone: string): Date {
  const p = localParts(now, timeZone);
  const base = new Date(Date.UTC(p.y, p.m - 1, p.d) - (p.h < ROLLOVER_HOUR ? DAY_MS : 0));
  return zonedInstant(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate(), ROLLOVER_HOUR, timeZone);
}

/** Local calendar date (YYYY-MM-DD) of the study day containing `instant`. */
export function studyDate(instant: Date, timeZone: string): string {
  const start = startOfStudyDay(instant, timeZone);
  const p = localParts(new Date(start.getTime() + DAY_MS / 2), timeZone);
  return `${p.y}-${String(p.m).padStart(2, "0")}-${String(p.d).padStart(2, "0")}`;
}

/** Whole study days from the day of `from` to the day of `to` (0 = same day). */
export function studyDaysBetween(from: Date, to: Date, timeZone: string): number {
  const a = startOfStudyDay(from, timeZone).getTime();
  const b = startOfStudyDay(to, timeZone).getTime();
  return Math.round((b - a) / DAY_MS);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Start of the study day of local date `date` (YYYY-MM-DD) in `timeZone`. */
export function startOfLocalDate(date: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return zonedInstant(y, m, d, ROLLOVER_HOUR, timeZone);
}
