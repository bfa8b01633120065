/**
 * Who may see a project: its owner, and a mentor it is shared with who still mentors the
 * owner (a cohort of theirs has the owner as a member). Nobody else — recruiters never.
 * Takes the database as an argument.
 */
import type { Db } from "../db/client.ts";

export type ProjectReader = { projectId: string; ownerId: string; as: "owner" | "mentor" };

export async function projectReader(db: Db, userId: string, projectId: string): Promise<ProjectReader | null> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true, userId: true } });
  if (!project) return null;
  if (project.userId === userId) return { projectId: project.id, ownerId: project.userId, as: "owner" };
  const shared = await db.projectShare.findUnique({ where: { projectId_mentorId: { projectId: project.id, mentorId: userId } } });
  if (!shared) return null;
  const mentors = await db.cohort.count({ where: { mentorId: userId, members: { some: { userId: project.userId } } } });
  return mentors > 0 ? { projectId: project.id, ownerId: project.userId, as: "mentor" } : null;
}

/**
 * Who may see a candidate's take on a direction: its writer, and a mentor it is shared with who
 * still mentors them. Nobody else.
 */
export async function takeReader(db: Db, userId: string, ownerId: string, direction: string): Promise<"owner" | "mentor" | null> {
  const take = await db.directionTake.findUnique({ where: { userId_direction: { userId: ownerId, direction } }, select: { userId: true } });
  if (!take) return null;
  if (ownerId === userId) return "owner";
  const shared = await db.takeShare.findUnique({ where: { userId_direction_mentorId: { userId: ownerId, direction, mentorId: userId } } });
  if (!shared) return null;
  const mentors = await db.cohort.count({ where: { mentorId: userId, members: { some: { userId: ownerId } } } });
  return mentors > 0 ? "mentor" : null;
}

/** The mentors a candidate may share with: those of the cohorts they are in. */
export async function mentorsOf(db: Db, userId: string): Promise<{ id: string; name: string }[]> {
  const cohorts = await db.cohort.findMany({ where: { members: { some: { userId } } }, select: { mentor: { select: { id: true, name: true } } } });
  return [...new Map(cohorts.map((c) => [c.mentor.id, c.mentor])).values()];
}
