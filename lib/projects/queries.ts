import "server-only";
import { db } from "@/lib/db";
import { strings } from "@/lib/db/json";
import { STORY_FIELDS, type Story, type StoryField } from "./fields";
import { probesById } from "./probes";

type Part = { text: string; html: string | null; version: number };

function storyOf(parts: { field: string; text: string }[]): Story {
  return Object.fromEntries(parts.filter((p) => (STORY_FIELDS as readonly string[]).includes(p.field)).map((p) => [p.field, p.text]));
}

/** The caller's projects, most recently edited first, each with its story's text. */
export async function myProjects(userId: string) {
  const rows = await db.project.findMany({ where: { userId }, orderBy: { updatedAt: "desc" }, include: { parts: { select: { field: true, text: true } } } });
  return rows.map((p) => ({ id: p.id, updatedAt: p.updatedAt, directions: strings(p.directions, `project ${p.id} directions`), story: storyOf(p.parts) }));
}

/** One of the caller's projects with every field (text, rendered HTML, version); null if not theirs. */
export async function myProject(userId: string, id: string) {
  const project = await db.project.findFirst({ where: { id, userId }, include: { parts: true } });
  if (!project) return null;
  const parts = Object.fromEntries(project.parts.map((p) => [p.field, { text: p.text, html: p.html, version: p.version }])) as Partial<Record<StoryField, Part>>;
  return { id: project.id, updatedAt: project.updatedAt, directions: strings(project.directions, `project ${project.id} directions`), parts, story: storyOf(project.parts) };
}

/** The probes prepared on one of the caller's projects (a mentor's too), with the last answer given, in the order first asked. */
export async function preparedProbes(projectId: string): Promise<{ question: string; questionEn: string | null; answer: string }[]> {
  const rows = await db.projectProbe.findMany({ where: { projectId, lastAnswer: { not: "" } }, orderBy: { updatedAt: "asc" } });
  const probes = await probesById(db, projectId, rows.map((r) => r.probeId));
  return rows.flatMap((r) => {
    const p = probes.get(r.probeId);
    return p ? [{ question: p.titleZh, questionEn: p.titleEn, answer: r.lastAnswer }] : [];
  });
}

/** How many probes each of the caller's projects has due in its grill now. */
export async function dueProbeCounts(userId: string, now = new Date()): Promise<Map<string, number>> {
  const rows = await db.projectProbe.groupBy({ by: ["projectId"], where: { project: { userId }, due: { lte: now } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.projectId, r._count._all]));
}
