/**
 * Due and interview dates were stored as 04:00 in the writer's time zone and shown
 * as the UTC date — a day early east of UTC. They become the calendar date that was picked
 * (midnight UTC). The writer's zone is the one in their settings: the mentor's for a due
 * date, the user's own for an interview date. (Plans had a target date of their own until
 * the same release dropped it for the interview date.)
 */
import { toStoredDate } from "../../time/calendar-date.ts";
import { studyDate } from "../../time/study-day.ts";
import { DAY_MS, DEFAULT_TIME_ZONE } from "../../time/zone.ts";
import type { DataMigration, Tx } from "./index.ts";

const isMidnightUtc = (d: Date) => d.getTime() % DAY_MS === 0;

/** The calendar date meant by an instant stored as "04:00 local" in `timeZone`. */
function pickedDate(stored: Date, timeZone: string): Date {
  return isMidnightUtc(stored) ? stored : toStoredDate(studyDate(stored, timeZone));
}

async function zonesOf(tx: Tx, userIds: string[]): Promise<Map<string, string>> {
  const rows = await tx.studySettings.findMany({ where: { userId: { in: [...new Set(userIds)] } }, select: { userId: true, timeZone: true } });
  return new Map(rows.map((r) => [r.userId, r.timeZone]));
}

export const calendarDates: DataMigration = {
  id: "2026-12-calendar-dates",
  async run(tx) {
    let changed = 0;
    const assignments = await tx.assignment.findMany({ select: { id: true, dueDate: true, cohort: { select: { mentorId: true } } } });
    const settings = await tx.studySettings.findMany({ where: { interviewDate: { not: null } }, select: { userId: true, interviewDate: true, timeZone: true } });
    const zones = await zonesOf(tx, assignments.map((a) => a.cohort.mentorId));
    const zone = (userId: string) => zones.get(userId) ?? DEFAULT_TIME_ZONE;

    for (const a of assignments) {
      if (isMidnightUtc(a.dueDate)) continue;
      await tx.assignment.update({ where: { id: a.id }, data: { dueDate: pickedDate(a.dueDate, zone(a.cohort.mentorId)) } });
      changed++;
    }
    for (const s of settings) {
      if (isMidnightUtc(s.interviewDate!)) continue;
      await tx.studySettings.update({ where: { userId: s.userId }, data: { interviewDate: pickedDate(s.interviewDate!, s.timeZone) } });
      changed++;
    }
    return changed;
  },
};
