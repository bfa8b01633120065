/**
 * The one query for "the assignments that apply to a candidate": given to their whole cohort
 * or to them alone, in cohorts they belong to now (optionally only one mentor's), earliest
 * due first. Takes the database as an argument: the app and new-card ordering share it.
 */
import type { Db } from "../db/client.ts";

export async function assignmentsFor(db: Db, userId: string, options: { mentorId?: string } = {}) {
  return db.assignment.findMany({
    where: {
      cohort: { members: { some: { userId } }, ...(options.mentorId ? { mentorId: options.mentorId } : {}) },
      OR: [{ candidateId: null }, { candidateId: userId }],
    },
    orderBy: { dueDate: "asc" },
    include: { cohort: { select: { name: true, mentor: { select: { name: true } } } } },
  });
}
