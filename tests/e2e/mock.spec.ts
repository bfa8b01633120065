/**
 * Mock interviews that never lose work: the clock and the draft live on the server, a second
 * tab starts from the first's draft, and the report leads somewhere (review, retry, reading).
 */
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createUser, e2eDb, signInContext, type TestUser } from "./support/app";

async function signedIn(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  await signInContext(context, user);
  return context;
}

/** A one-question mock made through the form. */
async function startOneQuestionMock(page: Page) {
  await page.goto("/mock");
  await page.getByLabel("L1").fill("1");
  await page.getByLabel("L2").fill("0");
  await page.getByLabel("L3").fill("0");
  await page.getByRole("button", { name: "开始模拟面试" }).click();
  await expect(page).toHaveURL(/\/mock\/[0-9a-f-]+$/);
  return page.url();
}

const remaining = async (page: Page) => {
  const text = await page.getByTestId("mock-timer").innerText(); // "剩余 2:58"
  const [m, s] = text.replace(/[^\d:]/g, "").split(":").map(Number);
  return m! * 60 + s!;
};

test("a reload keeps the typed answer and the clock; the time used is the server's", async ({ browser }) => {
  const user = await createUser("candidate", "Mock Reload");
  const context = await signedIn(browser, user);
  const page = await context.newPage();
  await startOneQuestionMock(page);
  await page.getByLabel("你的回答").fill("GRPO 用组内平均奖励做基线");
  await expect(page.getByTestId("draft-status")).toHaveText("草稿已保存");
  await page.waitForTimeout(2500);
  await page.reload();
  await expect(page.getByLabel("你的回答")).toHaveValue("GRPO 用组内平均奖励做基线");
  // The clock went on while the page reloaded: not back to 3:00.
  expect(await remaining(page)).toBeLessThanOrEqual(177);
  await page.getByRole("button", { name: "提交回答" }).click();
  await expect(page.getByRole("button", { name: "提交自评，下一题" })).toBeVisible();
  const item = await e2eDb().mockItem.findFirstOrThrow({ where: { mock: { userId: user.id } } });
  expect(item.answer).toBe("GRPO 用组内平均奖励做基线");
  expect(item.timeUsedSec).toBeGreaterThanOrEqual(3);
  await context.close();
});

test("typing cut off by a reload is not lost", async ({ browser }) => {
  const user = await createUser("candidate", "Mock Crash");
  const context = await signedIn(browser, user);
  const page = await context.newPage();
  await startOneQuestionMock(page);
  // No pause for the autosave: the page goes away mid-typing.
  await page.getByLabel("你的回答").pressSequentially("最后一秒", { delay: 10 });
  await page.reload();
  await expect(page.getByLabel("你的回答")).toHaveValue("最后一秒");
  await context.close();
});

test("a second tab starts from the first tab's draft, and a tab behind asks before overwriting", async ({ browser }) => {
  const user = await createUser("candidate", "Mock Tabs");
  const context = await signedIn(browser, user);
  const a = await context.newPage();
  const url = await startOneQuestionMock(a);
  await a.getByLabel("你的回答").fill("A 写的开头");
  await expect(a.getByTestId("draft-status")).toHaveText("草稿已保存");

  const b = await context.newPage();
  await b.goto(url);
  await expect(b.getByLabel("你的回答")).toHaveValue("A 写的开头");
  await b.getByLabel("你的回答").fill("A 写的开头，B 接着写");
  await expect(b.getByTestId("draft-status")).toHaveText("草稿已保存");

  await a.getByLabel("你的回答").fill("A 写的开头，A 自己改");
  await expect(a.getByRole("alert").filter({ hasText: "另一个标签页刚保存了这道题更新的草稿" })).toBeVisible();
  await a.getByRole("button", { name: "换成那边的草稿" }).click();
  await expect(a.getByLabel("你的回答")).toHaveValue("A 写的开头，B 接着写");
  // Neither tab wrote over the other unasked, though each re-renders every second (the clock).
  await a.waitForTimeout(1500);
  await expect(b.getByLabel("你的回答")).toHaveValue("A 写的开头，B 接着写");
  const item = await e2eDb().mockItem.findFirstOrThrow({ where: { mock: { userId: user.id } } });
  expect(item.draft).toBe("A 写的开头，B 接着写");
  await context.close();
});

/** A finished mock over questions of `direction` whose home is another direction, built in the database. */
async function finishedMock(user: TestUser, direction: string) {
  const db = e2eDb();
  const shared = await db.question.findMany({ where: { retiredAt: null, homeDirection: { not: direction }, directions: { some: { directionSlug: direction } } }, take: 2, orderBy: { id: "asc" }, include: { topics: true } });
  expect(shared).toHaveLength(2);
  const id = randomUUID();
  const now = new Date();
  await db.mockInterview.create({
    data: {
      id, userId: user.id, config: { directions: [direction], mix: { L1: 2, L2: 0, L3: 0 } }, finishedAt: now,
      items: {
        create: shared.map((q, position) => ({
          id: randomUUID(), position, questionId: q.id, timeLimitSec: 180, keyPointCount: (q.keyPoints as string[]).length, startedAt: now, answeredAt: now, timeUsedSec: 42,
          answer: `我的回答 ${position}`, draft: `我的回答 ${position}`, checkedPoints: [0], pitfallHit: false, gradedAt: now,
        })),
      },
    },
  });
  return { id, questions: shared };
}

test("the report scores the chosen directions, shows each answer beside its misses, and reads by the question's topics", async ({ browser }) => {
  const user = await createUser("candidate", "Mock Report");
  const { id, questions } = await finishedMock(user, "reward-model");
  const context = await signedIn(browser, user);
  const page = await context.newPage();
  await page.goto(`/mock/${id}/report`);
  // Only the chosen direction, although both questions live elsewhere first.
  await expect(page.getByTestId("by-direction").locator("li")).toHaveCount(1);
  await expect(page.getByTestId("by-direction")).toContainText("奖励模型");
  const first = page.getByTestId("report-question").first();
  await expect(first.getByTestId("report-answer")).toHaveText("我的回答 0");
  // One key point of each was ticked: the others are listed as missed.
  await expect(first.getByRole("region", { name: "漏掉的要点" }).locator(":scope > ul > li")).toHaveCount((questions[0]!.keyPoints as string[]).length - 1);
  // Every note suggested shares a topic with its question.
  const notes = await e2eDb().note.findMany({ select: { slug: true, topics: true } });
  const topicsOf = new Map(notes.map((n) => [n.slug, n.topics as string[]]));
  for (const [i, q] of questions.entries()) {
    const links = page.getByTestId("report-question").nth(i).getByTestId("read-more").getByRole("link");
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
      const slug = href.split("/").pop()!;
      expect(topicsOf.get(slug)!.some((t) => q.topics.some((x) => x.topicId === t)), `${slug} for ${q.id}`).toBe(true);
    }
  }
  await context.close();
});

test("the report puts the misses into review once, and a retry asks the same questions again", async ({ browser }) => {
  const user = await createUser("candidate", "Mock Follow-up");
  const { id, questions } = await finishedMock(user, "reward-model");
  const context = await signedIn(browser, user);
  const page = await context.newPage();
  await page.goto(`/mock/${id}/report`);
  await page.getByRole("button", { name: "把答漏的 2 题加入复习" }).click();
  await expect(page.getByText("答漏的 2 题已在复习里")).toBeVisible();
  const logs = await e2eDb().reviewLog.findMany({ where: { userId: user.id }, orderBy: { cardId: "asc" } });
  expect(logs.map((l) => [l.cardId, l.rating, l.source])).toEqual(questions.map((q) => [`q:${q.id}`, 1, "mock"]));
  await page.reload();
  await expect(page.getByRole("button", { name: /加入复习/ })).toHaveCount(0);

  await page.getByRole("button", { name: "用同样的题再来一次" }).click();
  await expect(page).toHaveURL(/\/mock\/[0-9a-f-]+$/);
  expect(page.url()).not.toContain(id);
  await expect(page.getByText("第 1 / 2 题")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(questions[0]!.titleZh);
  await context.close();
});

test("under /en a mock shows English titles and says the body is Chinese", async ({ browser }) => {
  const user = await createUser("candidate", "Mock English");
  const { id, questions } = await finishedMock(user, "reward-model");
  const context = await signedIn(browser, user);
  const page = await context.newPage();
  await page.goto(`/en/mock/${id}/report`);
  await expect(page.getByRole("heading", { name: questions[0]!.titleEn, level: 2 })).toBeVisible();
  await expect(page.getByTestId("chinese-body-note")).toBeVisible();
  await page.getByRole("button", { name: "Retry with the same questions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(questions[0]!.titleEn);
  await expect(page.getByText("The text below is in Chinese, with technical terms in English.")).toBeVisible();
  await context.close();
});

test("the mock form starts from the directions the candidate studies; a direction link still wins", async ({ browser }) => {
  const user = await createUser("candidate", "Mock Defaults");
  await e2eDb().studySettings.create({ data: { userId: user.id, directions: ["multimodal"], levels: [] } });
  const context = await signedIn(browser, user);
  const page = await context.newPage();
  await page.goto("/mock");
  await expect(page.getByRole("checkbox", { name: /多模态后训练/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /推理能力训练/ })).not.toBeChecked();
  await page.goto("/mock?direction=reasoning");
  await expect(page.getByRole("checkbox", { name: /推理能力训练/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /多模态后训练/ })).not.toBeChecked();
  await context.close();
});
