"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { strings } from "@/lib/db/json";
import { assertOwner, type CurrentUser } from "@/lib/auth";
import { defineAction } from "@/lib/actions/define";
import { fail } from "@/lib/actions/result";
import type { CheckType, Level } from "@/lib/content/schema";
import { answerSchema, createMockSchema, gradeItemSchema, mockRefSchema } from "./schema";
import { addMissesToReview, retryMock } from "./follow-up";
import { pickQuestions, TIME_LIMIT_SEC } from "./scoring";
import { secondsUsed } from "./answering";
import { pickQuizChecks, quizLimitSec } from "./quiz";
import { endQuiz, finishIfDone } from "./quiz-round";
import { projectRound } from "./project-round";
import { PROBE_ANSWER_SEC } from "@/lib/projects/grill";

export const createMock = defineAction({
  access: "signed-in",
  schema: createMockSchema,
  multi: ["directions"],
  async run({ directions, quiz, project, probes, ...mix }, { user, t }) {
    const inDirections = directions.length ? { directions: { some: { directionSlug: { in: directions } } } } : {};
    const pool = await db.question.findMany({ where: { retiredAt: null, ...inDirections }, select: { id: true, level: true, keyPoints: true } });
    const checkPool = quiz ? await db.check.findMany({ where: { retiredAt: null, questionId: { in: pool.map((q) => q.id) } }, select: { id: true, type: true, questionId: true } }) : [];
    const seed = Date.now() % 1_000_000;
    const picked = pickQuestions(pool.map((q) => ({ id: q.id, level: q.level as Level })), mix, seed);
    const checks = pickQuizChecks(checkPool.map((c) => ({ ...c, type: c.type as CheckType })), quiz, picked.map((q) => q.id), seed);
    const round = project ? await projectRound(db, user.id, project, probes) : [];
    if (!round) return fail("invalid", t("checkFields"), { project: [t("notFound")] });
    if (project && !round.length) return fail("invalid", t("checkFields"), { project: [t("noProbes")] });
    if (!picked.length && !checks.length && !round.length) return fail("invalid", t("noQuestions"));
    const keyPointCounts = new Map(pool.map((q) => [q.id, strings(q.keyPoints, `question ${q.id} keyPoints`).length]));
    const id = randomUUID();
    await db.mockInterview.create({
      data: {
        id, userId: user.id, config: { directions, mix, quiz, probes: round.length }, quizLimitSec: quizLimitSec(checks), projectId: project || null,
        items: {
          create: [
            ...picked.map((q, position) => ({ id: randomUUID(), position, questionId: q.id, timeLimitSec: TIME_LIMIT_SEC[q.level], keyPointCount: keyPointCounts.get(q.id) ?? 0 })),
            // The project round follows the written questions, as an interviewer turns to the CV.
            ...round.map((p, i) => ({ id: randomUUID(), position: picked.length + i, probeId: p.id, timeLimitSec: PROBE_ANSWER_SEC, keyPointCount: p.rubric.length })),
          ],
        },
        checks: { create: checks.map((c, position) => ({ id: randomUUID(), position, checkId: c.id })) },
      },
    });
    return redirect({ href: `/mock/${id}`, locale: await getLocale() });
  },
});

/** Whether the mock exists; someone else's is refused (AuthError), like their items below. */
async function ownMock(user: CurrentUser, mockId: string): Promise<boolean> {
  const mock = await db.mockInterview.findUnique({ where: { id: mockId }, select: { userId: true } });
  if (!mock) return false;
  assertOwner(user, mock.userId);
  return true;
}

/** The mock and item, only if they belong to the caller. */
async function ownItem(user: CurrentUser, mockId: string, itemId: string) {
  const item = await db.mockItem.findFirst({ where: { id: itemId, mockId }, include: { mock: { select: { userId: true, finishedAt: true } } } });
  if (!item) return null;
  assertOwner(user, item.mock.userId);
  return item;
}

export const submitMockAnswer = defineAction({
  access: "signed-in",
  schema: answerSchema,
  async run(input, { user, t }) {
    const item = await ownItem(user, input.mockId, input.itemId);
    if (!item) return fail("not_found", t("notFound"));
    const now = new Date();
    // First answer wins: a double submit or a second tab cannot overwrite it. The time used is
    // the server's: from the question's first showing to now, whatever the browser's clock says.
    await db.mockItem.updateMany({
      where: { id: item.id, answeredAt: null },
      data: { answer: input.answer, draft: input.answer, timeUsedSec: secondsUsed(item.startedAt, now), answeredAt: now, startedAt: item.startedAt ?? now },
    });
    return redirect({ href: `/mock/${input.mockId}`, locale: await getLocale() });
  },
});

export const gradeMockItem = defineAction({
  access: "signed-in",
  schema: gradeItemSchema,
  multi: ["checked"],
  async run(input, { user, t }) {
    const item = await ownItem(user, input.mockId, input.itemId);
    if (!item) return fail("not_found", t("notFound"));
    if (!item.answeredAt) return fail("conflict", t("answerFirst"));
    const checked = [...new Set(input.checked)].filter((i) => i < item.keyPointCount);
    await db.$transaction(async (tx) => {
      await tx.mockItem.updateMany({ where: { id: item.id, gradedAt: null }, data: { checkedPoints: checked, pitfallHit: input.pitfallHit, gradedAt: new Date() } });
      await finishIfDone(tx, item.mockId);
    });
    return redirect({ href: `/mock/${input.mockId}`, locale: await getLocale() });
  },
});

/** "End the round": the quiz round stops here; what is unanswered counts as missed. */
export const endQuizRound = defineAction({
  access: "signed-in",
  schema: mockRefSchema,
  async run({ mockId }, { user, t }) {
    if (!(await ownMock(user, mockId))) return fail("not_found", t("notFound"));
    await endQuiz(db, user.id, mockId);
    return redirect({ href: `/mock/${mockId}`, locale: await getLocale() });
  },
});

/** The report's "add the misses to review": each missed question and check graded Again, once. */
export const reviewMockMisses = defineAction({
  access: "signed-in",
  schema: mockRefSchema,
  async run({ mockId }, { user, t }) {
    if (!(await ownMock(user, mockId))) return fail("not_found", t("notFound"));
    const result = await addMissesToReview(db, user.id, mockId);
    if (!result) return fail("not_found", t("notFound"));
    revalidatePath("/[locale]/mock/[id]/report", "page");
    return { ok: true, message: t("missesAdded") };
  },
});

/** The report's "retry": the same questions again, as a new mock. */
export const retryMockInterview = defineAction({
  access: "signed-in",
  schema: mockRefSchema,
  async run({ mockId }, { user, t }) {
    if (!(await ownMock(user, mockId))) return fail("not_found", t("notFound"));
    const id = await retryMock(db, user.id, mockId);
    if (!id) return fail("not_found", t("notFound"));
    return redirect({ href: `/mock/${id}`, locale: await getLocale() });
  },
});
