/**
 * Unread comments: in each thread (an assignment and a candidate), comments by others written
 * after the viewer last read it. Pure apart from the two database helpers at the end.
 */
import type { Db } from "../db/client.ts";

type Comment = { assignmentId: string; candidateId: string; authorId: string; createdAt: Date };
type Read = { assignmentId: string; candidateId: string; readAt: Date };

export const threadKey = (assignmentId: string, candidateId: string) => `${assignmentId}|${candidateId}`;

/** Unread count per thread key, for `viewerId` (their own comments never count). */
export function unreadByThread(comments: Comment[], reads: Read[], viewerId: string): Map<string, number> {
  const readAt = new Map(reads.map((r) => [threadKey(r.assignmentId, r.candidateId), r.readAt.getTime()]));
  const out = new Map<string, number>();
  for (const c of comments) {
    if (c.authorId === viewerId) continue;
    const key = threadKey(c.assignmentId, c.candidateId);
    if (c.createdAt.getTime() > (readAt.get(key) ?? -Infinity)) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Unread counts summed by a grouping of threads (per cohort, per mentee …). */
export function totalBy(unread: Map<string, number>, group: (assignmentId: string, candidateId: string) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, n] of unread) {
    const [assignmentId, candidateId] = key.split("|") as [string, string];
    const g = group(assignmentId, candidateId);
    out.set(g, (out.get(g) ?? 0) + n);
  }
  return out;
}

/** The unread counts of `viewerId` in the threads of these assignments (optionally one candidate's). */
export async function unreadIn(db: Db, viewerId: string, assignmentIds: string[], candidateId?: string): Promise<Map<string, number>> {
  if (!assignmentIds.length) return new Map();
  const where = { assignmentId: { in: assignmentIds }, ...(candidateId ? { candidateId } : {}) };
  const [comments, reads] = await Promise.all([
    db.assignmentComment.findMany({ where: { ...where, authorId: { not: viewerId } }, select: { assignmentId: true, candidateId: true, authorId: true, createdAt: true } }),
    db.threadRead.findMany({ where: { ...where, userId: viewerId }, select: { assignmentId: true, candidateId: true, readAt: true } }),
  ]);
  return unreadByThread(comments, reads, viewerId);
}

/** The viewer has read the thread up to now. */
export async function markThreadRead(db: Db, userId: string, assignmentId: string, candidateId: string, now = new Date()): Promise<void> {
  await db.threadRead.upsert({ where: { userId_assignmentId_candidateId: { userId, assignmentId, candidateId } }, create: { userId, assignmentId, candidateId, readAt: now }, update: { readAt: now } });
}
