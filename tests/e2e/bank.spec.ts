/**
 * The question bank like LeetCode's list: status per question for a signed-in user, a status
 * filter, direction chips, sorting and pages; direction pages filter by level and start a
 * plan, a drill or a mock for that direction.
 */
import { expect, test, type Browser } from "@playwright/test";
import { createUser, e2eDb, signInContext, type TestUser } from "./support/app";

async function signedIn(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  await signInContext(context, user);
  return { context, page: await context.newPage() };
}

const DAY = 86_400_000;
function card(userId: string, questionId: string, over: Record<string, unknown>) {
  return e2eDb().cardState.create({
    data: { userId, cardId: `q:${questionId}`, due: new Date(Date.now() + 5 * DAY), stability: 5, difficulty: 5, elapsedDays: 1, scheduledDays: 5, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: new Date(), version: 2, introducedAt: new Date(), ...over },
  });
}

test("a signed-in user sees each question's status, filters by it, and puts a suspended card back", async ({ browser }) => {
  const user = await createUser("candidate", "Bank Status");
  await card(user.id, "grpo-vs-ppo", { due: new Date(Date.now() - DAY) });
  await card(user.id, "cot-when-to-use", { stability: 40, due: new Date(Date.now() + 30 * DAY) });
  await card(user.id, "tot-vs-cot", { suspended: true });
  await card(user.id, "reasoning-tokens", { flagged: true });
  const { context, page } = await signedIn(browser, user);

  await page.goto("/questions?status=due");
  await expect(page.getByTestId("bank-row")).toHaveCount(1);
  await expect(page.getByTestId("bank-row")).toContainText("到期");
  await page.goto("/questions?status=mastered");
  await expect(page.getByTestId("bank-row")).toHaveCount(1);
  await page.goto("/questions?status=flagged");
  await expect(page.getByTestId("bank-row").getByText("★")).toHaveCount(1);
  await page.goto("/questions?status=new&level=L1");
  await expect(page.getByTestId("bank-status").first()).toHaveText("未学");

  await page.goto("/questions?status=suspended");
  const suspended = page.getByTestId("bank-row");
  await expect(suspended).toHaveCount(1);
  await suspended.getByRole("button", { name: "恢复" }).click();
  await expect(page.getByText("没有符合条件的题目")).toBeVisible();
  expect((await e2eDb().cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "q:tot-vs-cot" } } })).suspended).toBe(false);
  await context.close();
});

test("rows carry direction chips, sort by level, and come in pages of 50", async ({ page }) => {
  await page.goto("/questions?sort=level");
  await expect(page.getByTestId("bank-row")).toHaveCount(50);
  await expect(page.getByTestId("bank-row").first().getByText("L3", { exact: true })).toBeVisible();
  // Anonymous readers have no status to filter by.
  await expect(page.getByLabel("我的状态")).toHaveCount(0);
  await expect(page.getByRole("status")).toContainText("第 1/");
  const firstOnPage1 = await page.getByTestId("bank-row").first().innerText();
  await page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/sort=level/);
  await expect(page).toHaveURL(/page=2/);
  expect(await page.getByTestId("bank-row").first().innerText()).not.toBe(firstOnPage1);
  const chip = page.getByTestId("bank-row").first().getByRole("link").nth(1);
  const label = await chip.innerText();
  await chip.click();
  await expect(page).toHaveURL(/\/questions\?direction=/);
  // The filter form follows the link: it shows the direction now filtered by.
  await expect(page.getByLabel("方向").locator("option:checked")).toContainText(label);
});

test("a direction page filters its questions by level and starts a plan, a drill or a mock for it", async ({ browser }) => {
  const user = await createUser("candidate", "Direction Actions");
  const { context, page } = await signedIn(browser, user);
  await page.goto("/directions/reasoning");
  const filter = page.getByRole("group", { name: "按级别筛选" });
  await filter.getByRole("button", { name: /^L2/ }).click();
  await expect(page.locator("[data-level=L1]")).toBeHidden();
  await expect(page.locator("[data-level=L2]")).toBeVisible();
  await filter.getByRole("button", { name: "全部级别" }).click();
  await expect(page.locator("[data-level=L1]")).toBeVisible();

  await page.getByRole("link", { name: "本方向模拟面试" }).click();
  await expect(page).toHaveURL(/\/mock\?direction=reasoning$/);
  await expect(page.getByRole("checkbox", { name: /推理能力训练/ })).toBeChecked();
  await page.goto("/directions/reasoning");
  await page.getByRole("link", { name: "专项练习本方向" }).click();
  await expect(page).toHaveURL(/\/drill\?direction=reasoning$/);
  await page.goto("/directions/reasoning");
  await page.getByRole("link", { name: "开始这个方向的计划" }).click();
  await expect(page).toHaveURL(/\/plans\/reasoning$/);
  await context.close();
});
