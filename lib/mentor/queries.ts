import "server-only";
import { db } from "@/lib/db";
import { learned, snapshotOf } from "@/lib/practice/card-state";
import { reviewDaysSince } from "@/lib/practice/review-day-store";
import { MASTERED_STABILITY_DAYS } from "@/lib/plans/progress";
import { planModules } from "@/lib/content/columns";
import { addDays, type CalendarDate } from "@/lib/time/calendar-date";
import { dailyCounts } from "@/lib/practice/progress";
import type { DayTotals } from "@/lib/practice/review-days";
import { studyDate } from "@/lib/time/study-day";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zone";
import { assignmentsFor } from "./assignments";
import { menteeStats, type MenteeStats } from "./stats";
import { trackItems } from "./schema";

export async function cohortsOf(mentorId: string) {
  return db.cohort.findMany({ where: { mentorId }, orderBy: { createdAt: "asc" }, include: { _count: { select: { members: true, assignments: true } } } });
}

type AssignmentRow = { kind: string; planSlug: string | null; items: unknown; candidateId: string | null };

/** Question ids an assignment asks for (plans: all their questions; tracks: question items). */
async function assignmentQuestions<A extends AssignmentRow>(assignments: A[]): Promise<Map<A, string[]>> {
  const slugs = assignments.filter((a) => a.kind === "plan").map((a) => a.planSlug!);
  const plans = new Map((await db.plan.findMany({ where: { slug: { in: slugs } } })).map((p) => [p.slug, planModules(p.modules, `plan ${p.slug}`)]));
  return new Map(
    assignments.map((a) => [
      a,
      a.kind === "plan"
        ? (plans.get(a.planSlug!) ?? []).flatMap((m) => m.questions)
        : trackItems(a.items).filter((i) => i.kind === "question").map((i) => i.id),
    ]),
  );
}

/**
 * Each mentee's numbers from their per-day totals and card states — a row per day and per card
 * seen, however long their history.
 */
async function statsFor(userIds: string[], assigned: Map<string, string[]>, now: Date): Promise<Map<string, { stats: MenteeStats; days: DayTotals[]; today: CalendarDate }>> {
  // Days are each mentee's own study days: read from the earliest "30 days ago" in any zone.
  const since = addDays(studyDate(now, "Pacific/Kiritimati"), -31);
  const [zones, days, states, cards] = await Promise.all([
    db.studySettings.findMany({ where: { userId: { in: userIds } }, select: { userId: true, timeZone: true } }),
    reviewDaysSince(db, userIds, since),
    db.cardState.findMany({ where: { userId: { in: userIds }, ...learned } }),
    db.card.findMany({ where: { retiredAt: null }, select: { id: true, direction: true } }),
  ]);
  const zoneOf = new Map(zones.map((z) => [z.userId, z.timeZone]));
  const statesOf = new Map<string, typeof states>(userIds.map((id) => [id, []]));
  for (const s of states) statesOf.get(s.userId)!.push(s);
  return new Map(
    userIds.map((id) => {
      const today = studyDate(now, zoneOf.get(id) ?? DEFAULT_TIME_ZONE);
      const stats = menteeStats({
        now,
        today,
        days: days.get(id)!,
        states: statesOf.get(id)!.map((s) => ({ cardId: s.cardId, due: s.due, stability: s.stability, snapshot: snapshotOf(s) })),
        cards,
        assignedQuestions: assigned.get(id) ?? [],
      });
      return [id, { stats, days: days.get(id)!, today }];
    }),
  );
}

/** A cohort the caller owns (checked by the caller via requireOwnCohort) with each mentee's numbers. */
export async function cohortDashboard(cohortId: string, now = new Date()) {
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    include: {
      members: { include: { user: { select: { id: true, name: true, email: true } } }, orderBy: { joinedAt: "asc" } },
      invites: { orderBy: { createdAt: "desc" } },
      assignments: { orderBy: { dueDate: "asc" } },
    },
  });
  const questionsOf = await assignmentQuestions(cohort.assignments);
  const assigned = new Map<string, string[]>();
  for (const m of cohort.members) {
    assigned.set(m.userId, cohort.assignments.filter((a) => !a.candidateId || a.candidateId === m.userId).flatMap((a) => questionsOf.get(a) ?? []));
  }
  const stats = await statsFor(cohort.members.map((m) => m.userId), assigned, now);
  return { cohort, mentees: cohort.members.map((m) => ({ id: m.userId, name: m.user.name, email: m.user.email, joinedAt: m.joinedAt, stats: stats.get(m.userId)!.stats })) };
}

/** Each assignment with the candidate's progress on its questions (seen, mastered). */
async function withProgress<A extends AssignmentRow>(userId: string, assignments: A[]) {
  const questionsOf = await assignmentQuestions(assignments);
  const stability = new Map((await db.cardState.findMany({ where: { userId, ...learned }, select: { cardId: true, stability: true } })).map((s) => [s.cardId, s.stability]));
  return assignments.map((a) => {
    const qs = questionsOf.get(a) ?? [];
    return { ...a, questions: qs, progress: { total: qs.length, seen: qs.filter((q) => stability.has(`q:${q}`)).length, mastered: qs.filter((q) => (stability.get(`q:${q}`) ?? 0) >= MASTERED_STABILITY_DAYS).length } };
  });
}

/** One mentee's history for their mentor: reviews per day, and the mentor's assignments with progress. */
export async function menteeDetail(mentorId: string, candidateId: string, now = new Date()) {
  const [user, assignments] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: candidateId }, select: { id: true, name: true, email: true } }),
    assignmentsFor(db, candidateId, { mentorId }).then((a) => withProgress(candidateId, a)),
  ]);
  const { stats, days, today } = (await statsFor([candidateId], new Map([[candidateId, assignments.flatMap((a) => a.questions)]]), now)).get(candidateId)!;
  return { user, stats, perDay: dailyCounts(days, today, 30), assignments };
}

/** The candidate's own assignments, from cohorts they are in. */
export async function myAssignments(userId: string) {
  return withProgress(userId, await assignmentsFor(db, userId));
}

export async function threadOf(assignmentId: string, candidateId: string) {
  return db.assignmentComment.findMany({ where: { assignmentId, candidateId }, orderBy: { createdAt: "asc" }, include: { author: { select: { id: true, name: true } } } });
}
