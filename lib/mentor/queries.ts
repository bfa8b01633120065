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

/**
 * The cards an assignment asks for: a plan's questions; a track's questions and the current
 * checks of its `checks:` items (a check added to the bank later counts too).
 */
async function assignmentCards<A extends AssignmentRow>(assignments: A[]): Promise<Map<A, string[]>> {
  const slugs = assignments.filter((a) => a.kind === "plan").map((a) => a.planSlug!);
  const tracks = new Map(assignments.map((a) => [a, a.kind === "track" ? trackItems(a.items) : []]));
  const checkedQuestions = [...tracks.values()].flat().filter((i) => i.kind === "checks").map((i) => i.id);
  const [planRows, checkRows] = await Promise.all([
    db.plan.findMany({ where: { slug: { in: slugs } } }),
    checkedQuestions.length ? db.check.findMany({ where: { questionId: { in: checkedQuestions }, retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, questionId: true } }) : [],
  ]);
  const plans = new Map(planRows.map((p) => [p.slug, planModules(p.modules, `plan ${p.slug}`)]));
  const checksOf = (questionId: string) => checkRows.filter((c) => c.questionId === questionId).map((c) => `c:${c.id}`);
  return new Map(
    assignments.map((a) => [
      a,
      a.kind === "plan"
        ? (plans.get(a.planSlug!) ?? []).flatMap((m) => m.questions).map((q) => `q:${q}`)
        : tracks.get(a)!.flatMap((i) => (i.kind === "question" ? [`q:${i.id}`] : i.kind === "checks" ? checksOf(i.id) : [])),
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
        assignedCards: assigned.get(id) ?? [],
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
  const cardsOf = await assignmentCards(cohort.assignments);
  const assigned = new Map<string, string[]>();
  for (const m of cohort.members) {
    assigned.set(m.userId, cohort.assignments.filter((a) => !a.candidateId || a.candidateId === m.userId).flatMap((a) => cardsOf.get(a) ?? []));
  }
  const stats = await statsFor(cohort.members.map((m) => m.userId), assigned, now);
  return { cohort, mentees: cohort.members.map((m) => ({ id: m.userId, name: m.user.name, email: m.user.email, joinedAt: m.joinedAt, stats: stats.get(m.userId)!.stats })) };
}

/** Each assignment with the candidate's progress on its cards (seen, mastered). */
async function withProgress<A extends AssignmentRow>(userId: string, assignments: A[]) {
  const cardsOf = await assignmentCards(assignments);
  const stability = new Map((await db.cardState.findMany({ where: { userId, ...learned }, select: { cardId: true, stability: true } })).map((s) => [s.cardId, s.stability]));
  return assignments.map((a) => {
    const cards = cardsOf.get(a) ?? [];
    return { ...a, cards, progress: { total: cards.length, seen: cards.filter((c) => stability.has(c)).length, mastered: cards.filter((c) => (stability.get(c) ?? 0) >= MASTERED_STABILITY_DAYS).length } };
  });
}

/** One mentee's history for their mentor: reviews per day, and the mentor's assignments with progress. */
export async function menteeDetail(mentorId: string, candidateId: string, now = new Date()) {
  const [user, assignments] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: candidateId }, select: { id: true, name: true, email: true } }),
    assignmentsFor(db, candidateId, { mentorId }).then((a) => withProgress(candidateId, a)),
  ]);
  const { stats, days, today } = (await statsFor([candidateId], new Map([[candidateId, assignments.flatMap((a) => a.cards)]]), now)).get(candidateId)!;
  return { user, stats, perDay: dailyCounts(days, today, 30), assignments };
}

/** The candidate's own assignments, from cohorts they are in. */
export async function myAssignments(userId: string) {
  return withProgress(userId, await assignmentsFor(db, userId));
}

export async function threadOf(assignmentId: string, candidateId: string) {
  return db.assignmentComment.findMany({ where: { assignmentId, candidateId }, orderBy: { createdAt: "asc" }, include: { author: { select: { id: true, name: true } } } });
}
