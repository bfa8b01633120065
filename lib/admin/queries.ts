import "server-only";
import { db } from "@/lib/db";
import { DAY_MS } from "@/lib/time/zone";

export async function listUsers() {
  return db.user.findMany({
    select: { id: true, name: true, email: true, role: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
}

/** The admin area's front page: who uses the app, what content is live, what the database has been through. */
export async function adminOverview(now = new Date()) {
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const [roles, newUsers, cohorts, questions, notes, content, dataMigrations] = await Promise.all([
    db.user.groupBy({ by: ["role"], _count: { _all: true } }),
    db.user.count({ where: { createdAt: { gte: weekAgo } } }),
    db.cohort.count(),
    db.question.count({ where: { retiredAt: null } }),
    db.note.count({ where: { retiredAt: null } }),
    db.contentState.findFirst({ select: { ingestedAt: true } }),
    db.dataMigration.findMany({ orderBy: { appliedAt: "asc" } }),
  ]);
  return {
    roles: new Map(roles.map((r) => [r.role, r._count._all])),
    newUsers,
    cohorts,
    questions,
    notes,
    ingestedAt: content?.ingestedAt ?? null,
    dataMigrations,
  };
}
