/**
 * Ownership and relationship checks: who may see which cohort, mentee and assignment thread.
 * A mentor sees a candidate only while the candidate is a member of one of the mentor's
 * cohorts; leaving the cohort ends it at once, because every check reads membership now.
 */
import "server-only";
import { db } from "@/lib/db";
import { AuthError, type CurrentUser } from "./index";

/** The cohort, if `user` is the mentor who owns it (admins do not read others' cohorts). */
export async function requireOwnCohort(user: CurrentUser, cohortId: string) {
  const cohort = await db.cohort.findUnique({ where: { id: cohortId } });
  if (!cohort || cohort.mentorId !== user.id) throw new AuthError("forbidden");
  return cohort;
}

/** Throws unless `mentor` currently has `candidateId` in one of their cohorts. */
export async function requireMentee(mentor: CurrentUser, candidateId: string): Promise<void> {
  const link = await db.cohortMember.findFirst({ where: { userId: candidateId, cohort: { mentorId: mentor.id } }, select: { cohortId: true } });
  if (!link) throw new AuthError("forbidden");
}

/**
 * An assignment and the candidate whose thread is meant: the candidate may act on their own
 * thread if the assignment applies to them; the cohort's mentor on any member's thread.
 */
export async function requireAssignmentThread(user: CurrentUser, assignmentId: string, candidateId: string) {
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId }, include: { cohort: { select: { mentorId: true } } } });
  if (!assignment) throw new AuthError("forbidden");
  if (assignment.candidateId && assignment.candidateId !== candidateId) throw new AuthError("forbidden");
  const member = await db.cohortMember.findUnique({ where: { cohortId_userId: { cohortId: assignment.cohortId, userId: candidateId } } });
  if (!member) throw new AuthError("forbidden");
  const isCandidate = user.id === candidateId;
  const isMentor = assignment.cohort.mentorId === user.id;
  if (!isCandidate && !isMentor) throw new AuthError("forbidden");
  return { assignment, role: isMentor ? ("mentor" as const) : ("candidate" as const) };
}

/** An assignment the caller may change: one in a cohort they own as its mentor. */
export async function requireOwnAssignment(user: CurrentUser, assignmentId: string) {
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId }, include: { cohort: { select: { mentorId: true } } } });
  if (!assignment || assignment.cohort.mentorId !== user.id) throw new AuthError("forbidden");
  return assignment;
}

/**
 * A comment the caller may edit (its author, while still in the thread) or delete (its
 * author, or the mentor of the cohort whose thread it is in).
 */
export async function requireComment(user: CurrentUser, commentId: string, intent: "edit" | "delete") {
  const comment = await db.assignmentComment.findUnique({ where: { id: commentId }, include: { assignment: { include: { cohort: { select: { mentorId: true } } } } } });
  if (!comment) throw new AuthError("forbidden");
  if (intent === "delete" && comment.assignment.cohort.mentorId === user.id) return comment;
  if (comment.authorId !== user.id) throw new AuthError("forbidden");
  await requireAssignmentThread(user, comment.assignmentId, comment.candidateId);
  return comment;
}
