import { expect, test } from "@playwright/test";
import { createUser, e2eDb, signInContext } from "./support/app";
import { replay, type ScheduleParams } from "../../lib/practice/scheduler";
import { snapshotOf } from "../../lib/practice/card-state";

test("a new candidate reviews 10 cards by keyboard, sees the due forecast change, and runs a mock interview", async ({ browser }) => {
  test.setTimeout(180_000);
  const user = await createUser("candidate", "Keyboard Candidate");
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();

  await page.goto("/progress");
  const before = Number(await page.getByTestId("forecast-week").innerText());

  await page.goto("/review");
  await expect(page.getByTestId("session-counts")).toHaveText("到期 0 · 学习中 0 · 新卡 10");
  for (let i = 0; i < 10; i++) {
    await expect(page.getByRole("button", { name: /显示答案/ }).or(page.getByTestId("review-check"))).toBeVisible();
    await page.locator("[data-keyboard-ready]").waitFor();
    if (await page.getByTestId("review-check").isVisible()) {
      // A check after its question: answered by keyboard, graded by the server.
      const check = page.getByTestId("review-check");
      const response = page.waitForResponse((r) => r.url().endsWith("/api/review/check"));
      if (await check.getByRole("textbox").count()) await check.getByRole("textbox").fill("1");
      else if (await check.locator("input").count()) await page.keyboard.press("1");
      await (await check.getByRole("textbox").count() ? check.getByRole("textbox") : page.locator("body")).press("Enter");
      expect((await response).status()).toBe(200);
      await expect(check.getByTestId("check-verdict")).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(page.getByTestId("session-counts")).toContainText(`新卡 ${9 - i}`);
      continue;
    }
    await page.keyboard.press("Space");
    await expect(page.getByRole("status").filter({ hasText: "建议评分" })).toBeVisible();
    // Good on even cards, Easy on odd ones: all keyboard.
    const response = page.waitForResponse((r) => r.url().endsWith("/api/review/grade"));
    await page.keyboard.press(i % 2 ? "4" : "3");
    expect((await response).status()).toBe(200);
    // The next card is on screen, not yet revealed, and the counts follow, before the next key press.
    await expect(page.getByRole("button", { name: /显示答案/ }).or(page.getByTestId("review-check")).or(page.getByTestId("session-summary"))).toBeVisible();
    await expect(page.getByTestId("session-counts")).toContainText(`新卡 ${9 - i}`);
  }
  const db = e2eDb();
  expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(10);
  // Every card's state equals a replay of its log.
  for (const state of await db.cardState.findMany({ where: { userId: user.id } })) {
    const logs = await db.reviewLog.findMany({ where: { userId: user.id, cardId: state.cardId }, orderBy: { stateVersion: "asc" } });
    expect(replay(logs.map((l) => (l.undoes ? { undo: true as const } : { rating: l.rating as 3, reviewedAt: l.reviewedAt, params: l.params as ScheduleParams })))).toEqual(snapshotOf(state));
  }

  await page.goto("/progress");
  const after = Number(await page.getByTestId("forecast-week").innerText());
  expect(after).toBeGreaterThan(before);

  // A three-question mock interview, one question per level.
  await page.goto("/mock");
  await page.getByRole("button", { name: "开始模拟面试" }).click();
  await expect(page).toHaveURL(/\/mock\/[0-9a-f-]+$/);
  for (let i = 0; i < 3; i++) {
    await expect(page.getByText(`第 ${i + 1} / 3 题`)).toBeVisible();
    await expect(page.getByRole("timer")).toContainText("剩余");
    await page.getByLabel("你的回答").fill(`我的回答 ${i}`);
    await page.getByRole("button", { name: "提交回答" }).click();
    await page.locator("input[name=checked]").first().check();
    await page.getByRole("button", { name: "提交自评，下一题" }).click();
  }
  await expect(page).toHaveURL(/\/mock\/[0-9a-f-]+\/report$/);
  await expect(page.getByRole("heading", { name: "模拟面试报告" })).toBeVisible();
  await expect(page.locator("article ol > li")).toHaveCount(3);
  await expect(page.getByText("漏掉的要点").first()).toBeVisible();
  await page.goto("/mock");
  await expect(page.getByRole("link", { name: "查看报告" })).toHaveCount(1);
  await context.close();
});

test("rubric ticks suggest a grade and explain it", async ({ browser }) => {
  const user = await createUser();
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/review");
  await page.getByRole("button", { name: /显示答案/ }).click();
  const boxes = page.locator("fieldset input[type=checkbox]");
  const n = await boxes.count();
  expect(n).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole("status").filter({ hasText: "建议评分" })).toContainText("重来");
  for (let i = 0; i < n; i++) await boxes.nth(i).check();
  await expect(page.getByRole("status").filter({ hasText: "建议评分" })).toContainText("良好");
  await page.getByLabel("我犯了这个错误").check();
  await expect(page.getByRole("status").filter({ hasText: "建议评分" })).toContainText("困难");
  await context.close();
});

test("the same card graded in two tabs counts once, and the second tab says why in the reader's language", async ({ browser }) => {
  const user = await createUser("candidate", "Two Tabs");
  const context = await browser.newContext();
  await signInContext(context, user);
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto("/review");
    await page.locator("[data-keyboard-ready]").waitFor();
    await page.keyboard.press("Space");
  }
  const heading = async (page: typeof first) => (await page.locator("main h2").first().innerText()).trim();
  expect(await heading(second)).toBe(await heading(first)); // both tabs show the same new card
  await first.getByRole("button", { name: /^3 · 良好/ }).click();
  await expect(first.getByRole("button", { name: /显示答案/ })).toBeVisible();

  const refused = second.waitForResponse((r) => r.url().endsWith("/api/review/grade"));
  await second.getByRole("button", { name: /^3 · 良好/ }).click();
  expect((await refused).status()).toBe(409);
  await expect(second.getByText("这张卡已经评过分了（也许在另一个标签页），直接看下一张。")).toBeVisible();
  expect(await e2eDb().reviewLog.count({ where: { userId: user.id } })).toBe(1);
  await context.close();
});

test("drill a filtered selection, or one question from its page; FSRS is untouched unless the user records it", async ({ browser }) => {
  const user = await createUser("candidate", "Drill Candidate");
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  const logs = () => e2eDb().reviewLog.findMany({ where: { userId: user.id } });

  await page.goto("/questions?level=L3&direction=reward-model");
  const matching = Number((await page.getByRole("status").innerText()).match(/\d+/)![0]);
  expect(matching).toBeGreaterThanOrEqual(3);
  await page.getByRole("link", { name: "练习这组题目" }).click();
  await expect(page).toHaveURL(/\/drill\?level=L3&direction=reward-model$/);
  await expect(page.getByText(`本组 ${Math.min(matching, 20)} 题`)).toBeVisible();

  const drillOne = async () => {
    await page.goto("/questions/grpo-vs-ppo");
    await page.getByRole("link", { name: /^先作答再看要点/ }).click();
    await expect(page).toHaveURL(/\/drill\?id=grpo-vs-ppo$/);
    await expect(page.getByText("本组 1 题")).toBeVisible();
    await expect(page.locator("main h2").first()).toHaveText("GRPO 和 PPO 的主要区别是什么？");
    await page.locator("[data-keyboard-ready]").waitFor();
    await page.keyboard.press("Space");
  };
  await drillOne();
  await page.getByRole("button", { name: /^3 · 良好/ }).click();
  await expect(page.getByTestId("session-summary")).toContainText("这组练完了");
  await expect(page.getByTestId("session-summary")).toContainText("练了 1/1 题，其中 0 题计入复习。");
  expect(await logs()).toEqual([]); // practice only

  await drillOne();
  await page.getByLabel("把这次练习计入间隔重复").check();
  const recorded = page.waitForResponse((r) => r.url().endsWith("/api/review/grade"));
  await page.getByRole("button", { name: /^3 · 良好/ }).click();
  expect((await recorded).status()).toBe(200);
  expect((await logs()).map((l) => [l.cardId, l.source])).toEqual([["q:grpo-vs-ppo", "drill"]]);
  await context.close();
});
