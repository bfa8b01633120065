/**
 * The review loop a candidate repeats every day: learning cards come back in the same session,
 * a grade can be undone, cards can be put away, drills keep their set, and a phone keeps the
 * buttons in reach.
 */
import { expect, test, type Page } from "@playwright/test";
import { createUser, e2eDb, signInContext, type TestUser } from "./support/app";

async function reviewer(browser: import("@playwright/test").Browser, newPerDay: number, viewport?: { width: number; height: number }) {
  const user = await createUser("candidate", "Loop Candidate");
  // Self-graded cards only: checks (graded by the server) have their own spec, tests/e2e/checks.spec.ts.
  await e2eDb().studySettings.create({ data: { userId: user.id, newPerDay, directions: [], levels: [], includeChecks: false } });
  const context = await browser.newContext(viewport ? { viewport, isMobile: true, hasTouch: true } : {});
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/review");
  await page.locator("[data-keyboard-ready]").waitFor();
  return { user, page, close: () => context.close() };
}

const title = async (page: Page) => (await page.locator("main section h2").first().innerText()).trim();

async function gradeByKey(page: Page, key: string) {
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: "建议评分" })).toBeVisible();
  const response = page.waitForResponse((r) => r.url().endsWith("/api/review/grade"));
  await page.keyboard.press(key);
  expect((await response).status()).toBe(200);
}

const logsOf = (user: TestUser) => e2eDb().reviewLog.findMany({ where: { userId: user.id }, orderBy: { reviewedAt: "asc" } });

test("a card graded Again comes back in the same session, and the end says when the next one is due", async ({ browser }) => {
  const { user, page, close } = await reviewer(browser, 2);
  const first = await title(page);
  await gradeByKey(page, "1"); // Again: back in a minute
  await expect(page.getByTestId("session-counts")).toHaveText("到期 0 · 学习中 1 · 新卡 1");
  const second = await title(page);
  expect(second).not.toBe(first);
  await gradeByKey(page, "4"); // Easy: days away
  // Nothing else due now: the Again card, due within minutes, is learned ahead instead of "come back tomorrow".
  await expect(page.getByRole("button", { name: /显示答案/ })).toBeVisible();
  expect(await title(page)).toBe(first);
  await gradeByKey(page, "4");
  const summary = page.getByTestId("session-summary");
  await expect(summary).toContainText("这一轮完成了");
  await expect(summary).toContainText("本轮 3 张");
  await expect(summary).toContainText("重来 1 · 困难 0 · 良好 0 · 简单 2");
  await expect(summary).toContainText(/下一张卡 .+后到期/);
  expect(await logsOf(user)).toHaveLength(3);
  await close();
});

test("Ctrl+Z takes back the last grade on the server and shows the card again", async ({ browser }) => {
  const { user, page, close } = await reviewer(browser, 3);
  const first = await title(page);
  await gradeByKey(page, "3");
  await expect(page.getByTestId("session-counts")).toContainText("新卡 2");
  await page.keyboard.press("Control+z");
  await expect(page.getByText("已撤销：这张卡回到评分之前。")).toBeVisible();
  expect(await title(page)).toBe(first);
  await expect(page.getByRole("button", { name: /显示答案/ })).toBeVisible();
  await expect(page.getByTestId("session-counts")).toContainText("新卡 3");
  const logs = await logsOf(user);
  expect(logs.map((l) => [l.rating, l.undoes === logs[0]!.id])).toEqual([[3, false], [0, true]]); // append-only
  const state = await e2eDb().cardState.findFirstOrThrow({ where: { userId: user.id } });
  expect(state).toMatchObject({ state: 0, introducedAt: null });
  // Graded again, it counts once.
  await gradeByKey(page, "4");
  expect(await e2eDb().reviewDay.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ reviews: 1 });
  await close();
});

test("a card can be buried until tomorrow or suspended by key, and the next one follows", async ({ browser }) => {
  const { user, page, close } = await reviewer(browser, 3);
  const first = await title(page);
  await page.keyboard.press("-");
  await expect(page.getByText("已推到明天。")).toBeVisible();
  expect(await title(page)).not.toBe(first);
  const second = await title(page);
  await page.keyboard.press("@");
  await expect(page.getByText("已暂停这张卡")).toBeVisible();
  expect(await title(page)).not.toBe(second);
  await page.keyboard.press("*");
  await expect(page.getByRole("button", { name: /取消标记/ })).toBeVisible();
  const states = await e2eDb().cardState.findMany({ where: { userId: user.id }, orderBy: { updatedAt: "asc" } });
  expect(states.map((s) => [s.buriedUntil !== null, s.suspended, s.flagged])).toEqual([[true, false, false], [false, true, false], [false, false, true]]);
  expect(await logsOf(user)).toHaveLength(0); // none of it is a review
  await close();
});

test("revealing puts focus on the first key point; keys tick points and the suggestion follows", async ({ browser }) => {
  const { page, close } = await reviewer(browser, 1);
  await page.keyboard.press("Space");
  await expect(page.locator("fieldset input[type=checkbox]").first()).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator("fieldset input[type=checkbox]").nth(1)).toBeFocused();
  const total = await page.locator("fieldset input[type=checkbox]").count();
  for (let i = 0; i < total; i++) await page.keyboard.press("abcdefghi"[i]!);
  await expect(page.locator("fieldset input[type=checkbox]:checked")).toHaveCount(total);
  await expect(page.getByRole("status").filter({ hasText: "建议评分" })).toContainText("良好");
  await close();
});

test("a recorded drill keeps its set, its order and the record toggle, and ends with a summary", async ({ browser }) => {
  const user = await createUser("candidate", "Drill Keeper");
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/drill?level=L3&direction=reward-model");
  await page.locator("[data-keyboard-ready]").waitFor();
  const total = Number((await page.getByTestId("drill-position").innerText()).split("/")[1]);
  await page.getByLabel("把这次练习计入间隔重复").check();
  const seen: string[] = [];
  for (let i = 0; i < total; i++) {
    await expect(page.getByTestId("drill-position")).toHaveText(`${i + 1}/${total}`);
    seen.push(await title(page));
    await gradeByKey(page, i === 0 ? "1" : "3");
    await expect(page.getByLabel("把这次练习计入间隔重复")).toBeChecked();
  }
  expect(new Set(seen).size).toBe(total); // no reshuffle, no repeats
  await expect(page.getByTestId("session-summary")).toContainText(`练了 ${total}/${total} 题，其中 ${total} 题计入复习。`);
  const logs = await logsOf(user);
  expect(logs.map((l) => l.source)).toEqual(Array(total).fill("drill"));
  await context.close();
});

test("on a phone the reveal and grade buttons stay on screen over long cards", async ({ browser }) => {
  const { page, close } = await reviewer(browser, 3, { width: 390, height: 844 });
  const reveal = page.getByRole("button", { name: /显示答案/ });
  await expect(reveal).toBeInViewport();
  await reveal.tap();
  // Scrolled to the top of a long answer, the grade bar is still at the bottom of the screen.
  await page.evaluate(() => window.scrollTo(0, 0));
  const good = page.getByRole("button", { name: /^3 · 良好/ });
  await expect(good).toBeInViewport();
  const box = await good.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  const graded = page.waitForResponse((r) => r.url().endsWith("/api/review/grade"));
  await good.tap();
  expect((await graded).status()).toBe(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
  await close();
});
