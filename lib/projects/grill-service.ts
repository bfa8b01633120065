/**
 * A "grill me" session on one project: the next probe to ask, and grading an answer against
 * the probe's rubric. A grade writes its log and the probe's FSRS state for that project in
 * one transaction; a retried grade (same client review id) is counted once. Takes the
 * database as an argument.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.ts";
import { strings } from "../db/json.ts";
import { review, type RatingValue } from "../practice/scheduler.ts";
import { snapshotFrom } from "../practice/snapshot.ts";
import { loadSettings, scheduleParams } from "../practice/review-service.ts";
import type { ProbeKind } from "../content/schema.ts";
import { storyGaps } from "./completeness.ts";
import { grillOrder, type GrillProbe } from "./grill.ts";
import { probesById } from "./probes.ts";
import type { Story } from "./fields.ts";

/** The probes that fit a project: its directions', the general ones and its mentors', in the order to ask them. */
export async function nextProbes(db: Db, userId: string, projectId: string, now = new Date()): Promise<string[] | null> {
  const project = await db.project.findFirst({
    where: { id: projectId, userId },
    include: { parts: { select: { field: true, text: true } }, probes: { select: { probeId: true, due: true } }, mentorProbes: { select: { id: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!project) return null;
  const directions = strings(project.directions, `project ${project.id} directions`);
  const probes = await db.probe.findMany({ where: { retiredAt: null, direction: { in: [...directions, "general"] } }, select: { id: true, kind: true, direction: true, position: true } });
  const story: Story = Object.fromEntries(project.parts.map((p) => [p.field, p.text]));
  const gaps = storyGaps(story).map((g) => g.kind);
  const candidates: GrillProbe[] = [
    ...probes.map((p) => ({ ...p, kind: p.kind as ProbeKind })),
    ...project.mentorProbes.map((p, position) => ({ id: p.id, kind: null, direction: "mentor", position })),
  ];
  return grillOrder(candidates, new Map(project.probes.map((s) => [s.probeId, s.due])), gaps, now);
}

export type ProbeGradeInput = {
  projectId: string;
  probeId: string;
  clientReviewId: string;
  rating: RatingValue;
  answer: string;
  checked: number[];
  redFlagHit: boolean;
  durationMs: number;
};

export type ProbeGradeOutcome = { ok: true; duplicate: boolean; due: string } | { ok: false; status: 404; error: "not_found"; message: string };

export async function gradeProbe(db: Db, userId: string, input: ProbeGradeInput, now = new Date()): Promise<ProbeGradeOutcome> {
  const project = await db.project.findFirst({ where: { id: input.projectId, userId }, select: { id: true } });
  const probe = project && (await probesById(db, project.id, [input.probeId])).get(input.probeId);
  if (!project || !probe) return { ok: false, status: 404, error: "not_found", message: "No such project or probe." };
  const done = await db.projectProbeLog.findUnique({ where: { clientReviewId: input.clientReviewId } });
  if (done) {
    const state = await db.projectProbe.findUnique({ where: { projectId_probeId: { projectId: project.id, probeId: probe.id } } });
    return { ok: true, duplicate: true, due: (state?.due ?? now).toISOString() };
  }
  const checked = [...new Set(input.checked)].filter((i) => i >= 0 && i < probe.rubric.length);
  const params = scheduleParams(await loadSettings(db, userId), null);
  return db.$transaction(async (tx) => {
    const key = { projectId_probeId: { projectId: project.id, probeId: probe.id } };
    const before = await tx.projectProbe.findUnique({ where: key });
    const after = review(before ? snapshotFrom(before.state) : null, input.rating, now, params);
    await tx.projectProbeLog.create({
      data: { id: randomUUID(), projectId: project.id, probeId: probe.id, clientReviewId: input.clientReviewId, rating: input.rating, answer: input.answer, checkedPoints: checked, redFlagHit: input.redFlagHit, durationMs: input.durationMs, reviewedAt: now },
    });
    const data = { state: after, due: new Date(after.due), reps: (before?.reps ?? 0) + 1, lastAnswer: input.answer };
    await tx.projectProbe.upsert({ where: key, create: { projectId: project.id, probeId: probe.id, ...data }, update: data });
    return { ok: true as const, duplicate: false, due: after.due };
  });
}
