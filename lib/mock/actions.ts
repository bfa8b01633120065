"use server";
import { randomUUID } from "node:crypto";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { guardAction, assertOwner, type CurrentUser } from "@/lib/auth";
import { fail, fieldErrorsOf, type ActionResult } from "@/lib/actions/result";
import { errorTranslator } from "@/lib/actions/translate";
import type { Level } from "@/lib/content/schema";
import { answerSchema, createMockSchema, gradeItemSchema } from "./schema";
import { pickQuestions, TIME_LIMIT_SEC } from "./plan";

const form = (data: FormData, multi: string[] = []) =>
  Object.fromEntries([...new Set(data.keys())].map((k) => [k, multi.includes(k) ? data.getAll(k) : data.get(k)]));

export async function createMock(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  const result = await guardAction("signed-in", async (user) => {
    const t = await errorTranslator();
    const parsed = createMockSchema.safeParse(form(data, ["directions"]));
    if (!parsed.success) return fail("invalid", t("checkFields"), fieldErrorsOf(parsed.error.issues, t));
    const { directions, ...mix } = parsed.data;
    const pool = await db.question.findMany({
      where: { retiredAt: null, ...(directions.length ? { directions: { some: { directionSlug: { in: directions } } } } : {}) },
      select: { id: true, level: true },
    });
    const picked = pickQuestions(pool.map((q) => ({ id: q.id, level: q.level as Level })), mix, Date.now() % 1_000_000);
    if (!picked.length) return fail("invalid", t("noQuestions"));
    const id = randomUUID();
    const keyPointCounts = new Map(
      (await db.question.findMany({ where: { id: { in: picked.map((p) => p.id) } }, select: { id: true, keyPoints: true } })).map((q) => [q.id, (q.keyPoints as string[]).length]),
    );
    await db.mockInterview.create({
      data: {
        id, userId: user.id, config: { directions, mix } as never,
        items: { create: picked.map((q, position) => ({ id: randomUUID(), position, questionId: q.id, timeLimitSec: TIME_LIMIT_SEC[q.level], keyPointCount: keyPointCounts.get(q.id) ?? 0 })) },
      },
    });
    return { ok: true, data: id } as ActionResult<string>;
  });
  if (result.ok && result.data) redirect({ href: `/mock/${result.data}`, locale: await getLocale() });
  return result as ActionResult;
}

/** The mock and item, only if they belong to the caller. */
async function ownItem(user: CurrentUser, mockId: string, itemId: string) {
  const item = await db.mockItem.findFirst({ where: { id: itemId, mockId }, include: { mock: { select: { userId: true, finishedAt: true } } } });
  if (!item) return null;
  assertOwner(user, item.mock.userId);
  return item;
}

export async function submitMockAnswer(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  const result = await guardAction("signed-in", async (user) => {
    const t = await errorTranslator();
    const parsed = answerSchema.safeParse(form(data));
    if (!parsed.success) return fail("invalid", t("checkFields"), fieldErrorsOf(parsed.error.issues, t));
    const item = await ownItem(user, parsed.data.mockId, parsed.data.itemId);
    if (!item) return fail("not_found", t("notFound"));
    const now = new Date();
    // First answer wins: a double submit or a second tab cannot overwrite it.
    await db.mockItem.updateMany({
      where: { id: item.id, answeredAt: null },
      data: { answer: parsed.data.answer, timeUsedSec: parsed.data.timeUsedSec, answeredAt: now, startedAt: new Date(now.getTime() - parsed.data.timeUsedSec * 1000) },
    });
    return { ok: true };
  });
  if (result.ok) redirect({ href: `/mock/${String(data.get("mockId"))}`, locale: await getLocale() });
  return result;
}

export async function gradeMockItem(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  const result = await guardAction("signed-in", async (user) => {
    const t = await errorTranslator();
    const parsed = gradeItemSchema.safeParse(form(data, ["checked"]));
    if (!parsed.success) return fail("invalid", t("checkFields"), fieldErrorsOf(parsed.error.issues, t));
    const item = await ownItem(user, parsed.data.mockId, parsed.data.itemId);
    if (!item) return fail("not_found", t("notFound"));
    if (!item.answeredAt) return fail("conflict", t("answerFirst"));
    const checked = [...new Set(parsed.data.checked)].filter((i) => i < item.keyPointCount);
    await db.$transaction(async (tx) => {
      await tx.mockItem.updateMany({ where: { id: item.id, gradedAt: null }, data: { checkedPoints: checked as never, pitfallHit: parsed.data.pitfallHit, gradedAt: new Date() } });
      const open = await tx.mockItem.count({ where: { mockId: item.mockId, gradedAt: null } });
      if (open === 0) await tx.mockInterview.updateMany({ where: { id: item.mockId, finishedAt: null }, data: { finishedAt: new Date() } });
    });
    return { ok: true };
  });
  if (result.ok) redirect({ href: `/mock/${String(data.get("mockId"))}`, locale: await getLocale() });
  return result;
}

