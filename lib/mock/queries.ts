import "server-only";
import { db } from "@/lib/db";
import { numbers, strings } from "@/lib/db/json";
import { questionFacesOf } from "@/lib/practice/cards";
import type { Level } from "@/lib/content/schema";
import { checkFacesSchema, checkKeySchema, type CheckFaces } from "@/lib/checks/present";
import { checkResponseSchema } from "@/lib/checks/answer-schema";
import { questionOfCheck } from "@/lib/checks/ids";
import { mockReport, projectRoundReport, type ItemResult } from "./scoring";
import { probesById, type AskedProbe } from "@/lib/projects/probes";
import { quizReport } from "./quiz";
import { secondsUsed } from "./answering";

export async function listMocks(userId: string) {
  const mocks = await db.mockInterview.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, include: { items: { select: { gradedAt: true } }, checks: { select: { answeredAt: true } } }, take: 50 });
  return mocks.map((m) => ({
    id: m.id, createdAt: m.createdAt, finishedAt: m.finishedAt, questions: m.items.length, graded: m.items.filter((i) => i.gradedAt).length,
    checks: m.checks.length, answeredChecks: m.checks.filter((c) => c.answeredAt).length,
  }));
}

/** An item with what it asks: a written question, or a probe of the project round. */
type MockEntry<Item, Questions> = Questions extends Map<string, infer Q> ? (Item & { question: Q; probe: null }) | (Item & { question: null; probe: AskedProbe }) : never;

/**
 * A mock with its items, only for its owner (null otherwise: not found and not yours look the
 * same). Each item is a written question or a probe of the project round.
 */
export async function getMock(userId: string, id: string) {
  const mock = await db.mockInterview.findFirst({ where: { id, userId }, include: { items: { orderBy: { position: "asc" } }, checks: { orderBy: { position: "asc" } } } });
  if (!mock) return null;
  const questionIds = mock.items.flatMap((i) => i.questionId ?? []);
  const questions = await db.question.findMany({ where: { id: { in: questionIds } }, include: { directions: { orderBy: { position: "asc" } }, topics: { select: { topicId: true } } } });
  const q = new Map(questions.map((x) => [x.id, { ...x, faces: questionFacesOf(x) }]));
  // With the project deleted its mentors' probes are gone too, but the content's still show with their answers.
  const probes = await probesById(db, mock.projectId ?? "", mock.items.flatMap((i) => i.probeId ?? []));
  const faces = await checkFacesById(mock.checks.map((c) => c.checkId));
  const project = mock.projectId ? await db.projectPart.findUnique({ where: { projectId_field: { projectId: mock.projectId, field: "title" } }, select: { text: true } }) : null;
  return {
    ...mock,
    projectTitle: project?.text ?? null,
    // A question retired or a probe gone since (its project deleted) drops out of the mock.
    items: mock.items.flatMap((item): MockEntry<typeof item, typeof q>[] => {
      if (item.questionId && q.has(item.questionId)) return [{ ...item, question: q.get(item.questionId)!, probe: null }];
      if (item.probeId && probes.has(item.probeId)) return [{ ...item, question: null, probe: probes.get(item.probeId)! }];
      return [];
    }),
    // A check retired since the mock was made drops out, like a retired question.
    checks: mock.checks.flatMap((c) => (faces.has(c.checkId) ? [{ ...c, faces: faces.get(c.checkId)! }] : [])),
  };
}

async function checkFacesById(ids: string[]): Promise<Map<string, CheckFaces>> {
  if (!ids.length) return new Map();
  const rows = await db.check.findMany({ where: { id: { in: ids } }, select: { id: true, faces: true } });
  return new Map(rows.flatMap((r) => {
    const faces = checkFacesSchema.safeParse(r.faces);
    return faces.success ? [[r.id, faces.data] as const] : [];
  }));
}

/**
 * The quiz round for the report, now that it is over: each check with the answer given, the
 * right one, the explanation and its question; and the score.
 */
async function quizOf(mock: NonNullable<Awaited<ReturnType<typeof getMock>>>, chosen: string[]) {
  if (!mock.checks.length) return null;
  const [keys, questions] = await Promise.all([
    db.check.findMany({ where: { id: { in: mock.checks.map((c) => c.checkId) } }, select: { id: true, questionId: true, key: true, explainHtml: true } }),
    db.question.findMany({ where: { id: { in: mock.checks.map((c) => questionOfCheck(c.checkId)) } }, select: { id: true, titleZh: true, titleEn: true, directions: { orderBy: { position: "asc" }, select: { directionSlug: true } } } }),
  ]);
  const keyOf = new Map(keys.map((k) => [k.id, k]));
  const questionOf = new Map(questions.map((q) => [q.id, q]));
  const checks = mock.checks.map((c) => {
    const row = keyOf.get(c.checkId);
    const key = checkKeySchema.safeParse(row?.key);
    const given = checkResponseSchema.safeParse(c.response);
    return {
      ...c,
      question: row ? questionOf.get(row.questionId) ?? null : null,
      given: given.success ? given.data : null,
      right: key.success ? (key.data.type === "numeric" ? { value: key.data.value } : { tokens: key.data.right }) : null,
      explainHtml: row?.explainHtml ?? "",
    };
  });
  const report = quizReport(checks.map((c) => ({ correct: c.correct, directions: c.question?.directions.map((d) => d.directionSlug) ?? [] })), chosen);
  return { checks, report, limitSec: mock.quizLimitSec, usedSec: mock.quizStartedAt && mock.quizEndedAt ? secondsUsed(mock.quizStartedAt, mock.quizEndedAt) : 0 };
}

export async function reportOf(userId: string, id: string) {
  const mock = await getMock(userId, id);
  if (!mock) return null;
  const items: ItemResult[] = mock.items.flatMap((i) => (i.question ? [{ ...i, question: i.question }] : [])).map((i) => ({
    questionId: i.question.id,
    level: i.question.level as Level,
    directions: i.question.directions.map((d) => d.directionSlug),
    keyPoints: i.question.faces.keyPoints,
    checked: numbers(i.checkedPoints ?? [], `mock item ${i.id} checkedPoints`),
    pitfallHit: i.pitfallHit ?? false,
    timeUsedSec: i.timeUsedSec ?? 0,
    timeLimitSec: i.timeLimitSec,
  }));
  const chosen = strings((mock.config as { directions?: unknown } | null)?.directions ?? [], `mock ${mock.id} config.directions`);
  const probes = mock.items.flatMap((i) => (i.probe ? [{ ...i, probe: i.probe }] : []));
  const round = projectRoundReport(probes.map((i) => ({ rubric: i.probe.rubric, checked: numbers(i.checkedPoints ?? [], `mock item ${i.id} checkedPoints`), redFlagHit: i.pitfallHit ?? false, timeUsedSec: i.timeUsedSec ?? 0, timeLimitSec: i.timeLimitSec })));
  return { mock, report: mockReport(items, chosen), quiz: await quizOf(mock, chosen), projectRound: probes.length ? { ...round, probes: probes.map((item, i) => ({ item, ...round.perProbe[i]! })) } : null };
}
