import "server-only";
import { db } from "@/lib/db";
import { numbers, strings } from "@/lib/db/json";
import { questionFacesOf } from "@/lib/practice/cards";
import type { Level } from "@/lib/content/schema";
import { mockReport, type ItemResult } from "./scoring";

export async function listMocks(userId: string) {
  const mocks = await db.mockInterview.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, include: { items: true }, take: 50 });
  return mocks.map((m) => ({ id: m.id, createdAt: m.createdAt, finishedAt: m.finishedAt, questions: m.items.length, graded: m.items.filter((i) => i.gradedAt).length }));
}

/** A mock with its items, only for its owner (null otherwise: not found and not yours look the same). */
export async function getMock(userId: string, id: string) {
  const mock = await db.mockInterview.findFirst({ where: { id, userId }, include: { items: { orderBy: { position: "asc" } } } });
  if (!mock) return null;
  const questions = await db.question.findMany({ where: { id: { in: mock.items.map((i) => i.questionId) } }, include: { directions: { orderBy: { position: "asc" } }, topics: { select: { topicId: true } } } });
  const q = new Map(questions.map((x) => [x.id, { ...x, faces: questionFacesOf(x) }]));
  return { ...mock, items: mock.items.flatMap((item) => (q.has(item.questionId) ? [{ ...item, question: q.get(item.questionId)! }] : [])) };
}

export async function reportOf(userId: string, id: string) {
  const mock = await getMock(userId, id);
  if (!mock) return null;
  const items: ItemResult[] = mock.items.map((i) => ({
    questionId: i.questionId,
    level: i.question.level as Level,
    directions: i.question.directions.map((d) => d.directionSlug),
    keyPoints: i.question.faces.keyPoints,
    checked: numbers(i.checkedPoints ?? [], `mock item ${i.id} checkedPoints`),
    pitfallHit: i.pitfallHit ?? false,
    timeUsedSec: i.timeUsedSec ?? 0,
    timeLimitSec: i.timeLimitSec,
  }));
  const chosen = strings((mock.config as { directions?: unknown } | null)?.directions ?? [], `mock ${mock.id} config.directions`);
  return { mock, report: mockReport(items, chosen) };
}
