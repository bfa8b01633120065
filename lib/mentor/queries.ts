import "server-only";
import { db } from "@/lib/db";
import { DAY_MS } from "@/lib/time/zone";
import { snapshotOf } from "@/lib/practice/review-service";
import type { PlanModule } from "@/lib/plans/progress";
import { menteeStats, type MenteeStats } from "./stats";


export async function cohortsOf(mentorId: string) {
  return db.cohort.findMany({ where: { mentorId }, orderBy: { createdAt: "asc" }, include: { _count: { select: { members: true, assignments: true } } } });
}

type AssignmentRow = { kind: string; planSlug: string | null; items: unknown; candidateId: string | null };

/** Question ids an assignment asks for (plans: all their questions; tracks: question items). */
export async function assignmentQuestions(assignments: AssignmentRow[]): Promise<Map<AssignmentRow, string[]>> {
  const slugs = assignments.filter((a) => a.kind === "plan").map((a) => a.planSlug!);
  const plans = new Map((await db.plan.findMany({ where: { slug: { in: slugs } } })).map((p) => [p.slug, p.modules as PlanModule[]]));
  return new Map(
    assignments.map((a) => [
      a,
      a.kind === "plan"
        ? (plans.get(a.planSlug!) ?? []).flatMap((m) => m.questions)
        : (a.items as { kind: string; id: string }[]).filter((i) => i.kind === "question").map((i) => i.id),
    ]),
  );
}

async function statsFor(userIds: string[], assigned: Map<string, string[]>, now: Date): Promise<Map<string, MenteeStats>> {
  const since = new Date(now.getTime() - 30 * DAY_MS);
  const [logs, states, cards] = await Promise.all([
    db.reviewLog.findMany({ where: { userId: { in: userIds }, reviewedAt: { gte: since } }, select: { userId: true, reviewedAt: true, rating: true, stateBefore: true } }),
    db.cardState.findMany({ where: { userId: { in: userIds } } }),
    db.card.findMany({ where: { retiredAt: null }, select: { id: true, direction: true } }),
  ]);
  return new Map(
    userIds.map((id) => [
      id,
      menteeStats({
        now,
        logs: logs.filter((l) => l.userId === id).map((l) => ({ reviewedAt: l.reviewedAt, rating: l.rating, scheduledDaysBefore: (l.stateBefore as { scheduledDays?: number } | null)?.scheduledDays ?? null })),
        states: states.filter((s) => s.userId === id).map((s) => ({ cardId: s.cardId, due: s.due, stability: s.stability, snapshot: snapshotOf(s) })),
        cards,
        assignedQuestions: assigned.get(id) ?? [],
      }),
    ]),
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
  return { cohort, mentees: cohort.members.map((m) => ({ id: m.userId, name: m.user.name, email: m.user.email, joinedAt: m.joinedAt, stats: stats.get(m.userId)! })) };
}

/** One mentee's history for their mentor: daily reviews, assignments with progress and threads. */
export async function menteeDetail(mentorId: string, candidateId: string, now = new Date()) {
  const [user, memberships] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: candidateId }, select: { id: true, name: true, email: true } }),
    db.cohortMember.findMany({ where: { userId: candidateId, cohort: { mentorId } }, select: { cohortId: true } }),
  ]);
  const assignments = await db.assignment.findMany({
    where: { cohortId: { in: memberships.map((m) => m.cohortId) }, OR: [{ candidateId: null }, { candidateId }] },
    orderBy: { dueDate: "asc" },
    include: { comments: { where: { candidateId }, orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } } },
  });
  const questionsOf = await assignmentQuestions(assignments);
  const stats = (await statsFor([candidateId], new Map([[candidateId, assignments.flatMap((a) => questionsOf.get(a) ?? [])]]), now)).get(candidateId)!;
  const logs = await db.reviewLog.findMany({ where: { userId: candidateId, reviewedAt: { gte: new Date(now.getTime() - 30 * DAY_MS) } }, select: { reviewedAt: true } });
  const perDay = new Map<string, number>();
  for (const l of logs) perDay.set(l.reviewedAt.toISOString().slice(0, 10), (perDay.get(l.reviewedAt.toISOString().slice(0, 10)) ?? 0) + 1);
  const states = new Map((await db.cardState.findMany({ where: { userId: candidateId }, select: { cardId: true, stability: true } })).map((s) => [s.cardId, s.stability]));
  return {
    user,
    stats,
    perDay: [...perDay].sort(),
    assignments: assignments.map((a) => {
      const qs = questionsOf.get(a) ?? [];
      return { ...a, progress: { total: qs.length, seen: qs.filter((q) => states.has(`q:${q}`)).length, mastered: qs.filter((q) => (states.get(`q:${q}`) ?? 0) >= 21).length } };
    }),
  };
}

/** The candidate's own assignments, from cohorts they are in. */
export async function myAssignments(userId: string) {
  const memberships = await db.cohortMember.findMany({ where: { userId }, select: { cohortId: true } });
  if (!memberships.length) return [];
  const assignments = await db.assignment.findMany({
    where: { cohortId: { in: memberships.map((m) => m.cohortId) }, OR: [{ candidateId: null }, { candidateId: userId }] },
    orderBy: { dueDate: "asc" },
    include: { cohort: { select: { name: true, mentor: { select: { name: true } } } } },
  });
  const questionsOf = await assignmentQuestions(assignments);
  const states = new Map((await db.cardState.findMany({ where: { userId }, select: { cardId: true, stability: true } })).map((s) => [s.cardId, s.stability]));
  return assignments.map((a) => {
    const qs = questionsOf.get(a) ?? [];
    return { ...a, progress: { total: qs.length, seen: qs.filter((q) => states.has(`q:${q}`)).length, mastered: qs.filter((q) => (states.get(`q:${q}`) ?? 0) >= 21).length } };
  });
}

export async function threadOf(assignmentId: string, candidateId: string) {
  return db.assignmentComment.findMany({ where: { assignmentId, candidateId }, orderBy: { createdAt: "asc" }, include: { author: { select: { id: true, name: true } } } });
}
