/**
 * Plans like roadmap.sh: labelled module progress that moves with a day's work, notes marked
 * read, a calendar to the interview date, "enrolled · x %" on /plans, and leaving asks first.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { createUser, e2eDb, signInContext, type TestUser } from "./support/app";

async function signedIn(browser: Browser, user: TestUser) {
  const context = await browser.newContext({ timezoneId: "Asia/Shanghai" });
  await signInContext(context, user);
  return { context, page: await context.newPage() };
}

const MODULE_1 = "推理范式与测试时算力入门";

test("module progress is labelled and named, counts seen cards, and a note marked read moves the next step", async ({ browser }) => {
  const user = await createUser("candidate", "Plan Reader");
  const { context, page } = await signedIn(browser, user);
  await page.goto("/plans/reasoning");
  await page.getByRole("button", { name: "开始这个计划" }).click();
  const first = page.getByTestId("module-reasoning-foundations");
  await expect(first).toContainText(`1. ${MODULE_1}`);
  await expect(first).toContainText("笔记 0/3 · 见过 0/6 · 掌握 0/6");
  await page.getByTestId("plan-next").getByRole("link", { name: `读「${MODULE_1}」的下一篇笔记` }).click();
  await expect(page).toHaveURL(/\/notes\/reasoning-paradigm-shift$/);
  await page.getByRole("button", { name: "标记为已读" }).click();
  await expect(page.getByText("已读 ✓")).toBeVisible();

  // A day's work: one card seen (graded once) — not yet mastered, but the bar moves.
  const db = e2eDb();
  await db.cardState.create({ data: { userId: user.id, cardId: "q:cot-when-to-use", due: new Date(Date.now() + 86_400_000), stability: 2, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: new Date(), version: 1, introducedAt: new Date() } });
  await page.goto("/plans/reasoning");
  await expect(first).toContainText("笔记 1/3 · 见过 1/6 · 掌握 0/6");
  await expect(page.getByTestId("plan-next")).toContainText(`读「${MODULE_1}」的下一篇笔记`);
  await page.getByTestId("plan-next").getByRole("link").click();
  await expect(page).not.toHaveURL(/reasoning-paradigm-shift$/); // the next unread note, not the one just read
  await context.close();
});

test("the calendar runs from the start to the interview date and says where the candidate should be", async ({ browser }) => {
  const user = await createUser("candidate", "Plan Calendar");
  const db = e2eDb();
  // Ten days from today in the user's zone (Shanghai, UTC+8): from 16:00 UTC on, Shanghai is a day ahead of UTC.
  const in10 = new Date(Date.now() + 8 * 3_600_000 + 10 * 86_400_000).toISOString().slice(0, 10);
  await db.studySettings.create({ data: { userId: user.id, directions: [], levels: [], timeZone: "Asia/Shanghai", interviewDate: new Date(`${in10}T00:00:00Z`) } });
  await db.planEnrollment.create({ data: { id: randomUUID(), userId: user.id, planSlug: "reasoning", status: "active" } });
  const { context, page } = await signedIn(browser, user);
  await page.goto("/plans/reasoning");
  const calendar = page.getByTestId("plan-calendar");
  await expect(calendar).toContainText("日程");
  await expect(calendar).toContainText(`按日程今天该在：${MODULE_1}`);
  await expect(calendar).toContainText(`你现在在：${MODULE_1}`);
  await expect(calendar).toContainText("跟上了日程");
  // A five-week plan into the days left: said, not hidden.
  await expect(calendar).toContainText(/计划原本需要 \d+ 天，到面试只剩 1[01] 天/);
  await context.close();
});

test("/plans shows which plans the user is in and how far", async ({ browser }) => {
  const user = await createUser("candidate", "Plan List");
  const db = e2eDb();
  await db.planEnrollment.create({ data: { id: randomUUID(), userId: user.id, planSlug: "reasoning", status: "active" } });
  await db.noteRead.create({ data: { userId: user.id, noteSlug: "reasoning-paradigm-shift" } });
  const { context, page } = await signedIn(browser, user);
  await page.goto("/plans");
  await expect(page.getByTestId("my-plan-reasoning")).toHaveText(/^已加入 · [1-9]\d?%$/);
  await expect(page.getByTestId("my-plan-memory")).toHaveCount(0);
  await context.close();
});

test("leaving a plan asks first", async ({ browser }) => {
  const user = await createUser("candidate", "Plan Leaver");
  await e2eDb().planEnrollment.create({ data: { id: randomUUID(), userId: user.id, planSlug: "reasoning", status: "active" } });
  const { context, page } = await signedIn(browser, user);
  await page.goto("/plans/reasoning");
  await page.getByText("退出计划", { exact: true }).first().click();
  await expect(page.getByText("退出后这个计划不再安排新卡")).toBeVisible();
  expect((await e2eDb().planEnrollment.findFirstOrThrow({ where: { userId: user.id } })).status).toBe("active");
  await page.getByRole("button", { name: "退出计划" }).click();
  await expect(page.getByRole("button", { name: "开始这个计划" })).toBeVisible();
  expect((await e2eDb().planEnrollment.findFirstOrThrow({ where: { userId: user.id } })).status).toBe("left");
  await context.close();
});

test("an anonymous reader's plan and note pages make no request that answers 401", async ({ page }) => {
  const refused: string[] = [];
  page.on("response", (r) => r.status() === 401 && refused.push(r.url()));
  await page.goto("/plans/reasoning");
  await expect(page.getByRole("link", { name: "登录后可以开始计划并查看进度。" })).toBeVisible();
  await page.goto("/notes/reasoning-paradigm-shift");
  await page.goto("/plans");
  await page.waitForLoadState("networkidle");
  expect(refused).toEqual([]);
});

test("the cohort table shows seen beside mastered", async ({ browser }) => {
  const mentor = await createUser("mentor", "Seen Mentor");
  const mentee = await createUser("candidate", "Seen Mentee");
  const db = e2eDb();
  const cohortId = randomUUID();
  await db.cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: "Seen cohort" } });
  await db.cohortMember.create({ data: { cohortId, userId: mentee.id } });
  await db.assignment.create({ data: { id: randomUUID(), cohortId, kind: "track", title: "Two", items: [{ kind: "question", id: "cot-when-to-use" }, { kind: "question", id: "tot-vs-cot" }], note: "", dueDate: new Date(Date.now() + 7 * 86_400_000) } });
  await db.cardState.create({ data: { userId: mentee.id, cardId: "q:cot-when-to-use", due: new Date(Date.now() + 86_400_000), stability: 2, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: new Date(), version: 1, introducedAt: new Date() } });
  const { context, page } = await signedIn(browser, mentor);
  await page.goto(`/mentor/cohorts/${cohortId}`);
  await expect(page.getByRole("row").filter({ hasText: "Seen Mentee" })).toContainText("见过 1/2 · 掌握 0/2");
  await context.close();
});
