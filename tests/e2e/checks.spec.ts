/**
 * Checks the app grades itself: answered by keyboard on a question page and in review, a
 * wrong answer explained with the right one marked, the answer absent from the page until
 * the server grades it, and calibration that matches the answers given.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createUser, e2eDb, signInContext } from "./support/app";
import { checkFacesSchema, checkKeySchema } from "@/lib/checks/present";

async function check(id: string) {
  const row = await e2eDb().check.findUniqueOrThrow({ where: { id } });
  const key = checkKeySchema.parse(row.key);
  return { ...row, faces: checkFacesSchema.parse(row.faces), key, right: key.type === "numeric" ? [] : key.right };
}

/** The n-th check card on a question page, with focus inside it so its keys apply. */
async function focusCard(page: Page, n: number) {
  const card = page.getByTestId("check-card").nth(n);
  // An option, or (an ordering has none) its submit button — Enter there submits too.
  const option = card.locator("input");
  await ((await option.count()) ? option.first() : card.getByRole("button", { name: "提交" })).focus();
  return card;
}

test("a wrong pick shows the explanation with the right answer marked; a right multi-select is right — all by keyboard", async ({ page }) => {
  const c1 = await check("grpo-vs-ppo-c1");
  const c2 = await check("grpo-vs-ppo-c2");
  if (c1.key.type !== "choice" || c2.key.type !== "multi") throw new Error("grpo-vs-ppo's checks changed type");
  await page.goto("/questions/grpo-vs-ppo");
  await expect(page.getByRole("heading", { name: "检验一下" })).toBeVisible();

  const first = await focusCard(page, 0);
  const wrong = c1.faces.choices.findIndex((c) => !c1.right.includes(c.token));
  await page.keyboard.press(String(wrong + 1));
  await page.keyboard.press("Enter");
  const verdict = first.getByTestId("check-verdict");
  await expect(verdict).toContainText("答错了");
  await expect(verdict).toContainText("解析");
  const rightIndex = c1.faces.choices.findIndex((c) => c1.right.includes(c.token));
  await expect(first.locator("li").nth(rightIndex).getByLabel("正确答案")).toBeVisible();

  const second = await focusCard(page, 1);
  for (const [i, c] of c2.faces.choices.entries()) if (c2.right.includes(c.token)) await page.keyboard.press(String(i + 1));
  await page.keyboard.press("Enter");
  await expect(second.getByTestId("check-verdict")).toContainText("答对了");
});

test("numbers and orderings are answered by keyboard too", async ({ page }) => {
  const numeric = await e2eDb().check.findFirstOrThrow({ where: { type: "numeric", retiredAt: null }, orderBy: { id: "asc" } });
  const n = await check(numeric.id);
  if (n.key.type !== "numeric") throw new Error("not numeric");
  await page.goto(`/questions/${n.questionId}`);
  const card = page.getByTestId("check-card").nth(n.position);
  await card.getByRole("textbox").fill(String(n.key.value));
  await page.keyboard.press("Enter");
  await expect(card.getByTestId("check-verdict")).toContainText("答对了");

  const ordering = await e2eDb().check.findFirstOrThrow({ where: { type: "order", retiredAt: null }, orderBy: { id: "asc" } });
  const o = await check(ordering.id);
  if (o.key.type !== "order") throw new Error("not order");
  await page.goto(`/questions/${o.questionId}`);
  const list = await focusCard(page, o.position);
  // Selection sort by keys: pick the item that belongs at i by its number, move it up.
  const shown = o.faces.choices.map((c) => c.token);
  for (let i = 0; i < o.key.right.length; i++) {
    const j = shown.indexOf(o.key.right[i]!);
    await page.keyboard.press(String(j + 1));
    for (let k = j; k > i; k--) {
      await page.keyboard.press("ArrowUp");
      [shown[k - 1], shown[k]] = [shown[k]!, shown[k - 1]!];
    }
  }
  await page.keyboard.press("Enter");
  await expect(list.getByTestId("check-verdict")).toContainText("答对了");
});

test("the answer is not in the page, in its HTML or its RSC payload, before the server grades it", async ({ request }) => {
  const c1 = await check("grpo-vs-ppo-c1");
  if (c1.key.type !== "choice") throw new Error("not choice");
  const explanation = c1.explainHtml.replace(/<[^>]+>/g, "").slice(0, 16);
  for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
    const body = await (await request.get("/questions/grpo-vs-ppo", { headers })).text();
    expect(body).toContain(c1.faces.choices[0]!.token); // the options are there…
    expect(body).not.toContain(explanation); // …but not the explanation
    expect(body).not.toContain(JSON.stringify(c1.key.right)); // …nor the key
  }
});

test("in review a check is graded by the server, its rating follows, and calibration shows the gap", async ({ browser }) => {
  const user = await createUser("candidate", "Check Review");
  const db = e2eDb();
  await db.studySettings.create({ data: { userId: user.id, directions: ["reasoning"], levels: [], newPerDay: 0 } });
  // The candidate passed grpo-vs-ppo twice by their own grading…
  for (const version of [1, 2]) {
    await db.reviewLog.create({ data: { id: randomUUID(), userId: user.id, cardId: "q:grpo-vs-ppo", clientReviewId: randomUUID(), stateVersion: version, rating: 3, reviewedAt: new Date(Date.now() - 3 * 86_400_000), durationMs: 30_000, source: "review", stateBefore: {}, stateAfter: {}, params: {} } });
  }
  // …and its first check is due now.
  await db.cardState.create({ data: { userId: user.id, cardId: "c:grpo-vs-ppo-c1", due: new Date(Date.now() - 60_000), stability: 3, difficulty: 5, elapsedDays: 3, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: new Date(Date.now() - 3 * 86_400_000), version: 1, introducedAt: new Date() } });
  const c1 = await check("grpo-vs-ppo-c1");
  if (c1.key.type !== "choice") throw new Error("not choice");
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/review");
  const card = page.getByTestId("review-check");
  await expect(card).toBeVisible();
  const wrong = c1.faces.choices.findIndex((c) => !c1.right.includes(c.token));
  await page.keyboard.press(String(wrong + 1));
  await page.keyboard.press("Enter");
  await expect(card.getByTestId("check-verdict")).toContainText("答错了 · 记为 重来");
  await page.keyboard.press("Enter");
  // Again brings the check back within the session (learn-ahead), like any card.
  await expect(page.getByTestId("session-position")).toHaveText("本轮第 2 张");
  await expect(page.getByTestId("review-check")).toBeVisible();
  const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id, cardId: "c:grpo-vs-ppo-c1" } });
  expect(log.rating).toBe(1);

  await page.goto("/progress");
  await expect(page.getByTestId("calibration-line")).toHaveText("你在 推理能力训练 上自评 100%，小测答对 0%。");
  await expect(page.getByTestId("calibration-gaps").getByRole("link", { name: "再做小测" })).toHaveAttribute("href", "/questions/grpo-vs-ppo#checks");
  await context.close();
});

test("a check card in review can be buried, suspended or flagged by key like any card", async ({ browser }) => {
  const user = await createUser("candidate", "Check Actions");
  const db = e2eDb();
  await db.studySettings.create({ data: { userId: user.id, directions: ["reasoning"], levels: [], newPerDay: 0 } });
  for (const id of ["c:grpo-vs-ppo-c1", "c:grpo-vs-ppo-c2"]) {
    await db.cardState.create({ data: { userId: user.id, cardId: id, due: new Date(Date.now() - 60_000), stability: 3, difficulty: 5, elapsedDays: 3, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: new Date(Date.now() - 3 * 86_400_000), version: 1, introducedAt: new Date() } });
  }
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/review");
  await expect(page.getByTestId("review-check")).toBeVisible();
  await page.locator("[data-keyboard-ready]").waitFor();
  await page.keyboard.press("*");
  await expect(page.getByRole("button", { name: /取消标记/ })).toBeVisible();
  await page.keyboard.press("-");
  await expect(page.getByText("已推到明天。")).toBeVisible();
  await page.keyboard.press("@");
  await expect(page.getByText("已暂停这张卡")).toBeVisible();
  const states = await db.cardState.findMany({ where: { userId: user.id }, orderBy: { cardId: "asc" } });
  expect(states.filter((s) => s.buriedUntil !== null)).toHaveLength(1);
  expect(states.filter((s) => s.suspended)).toHaveLength(1);
  expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  await context.close();
});

test("a drill of checks only, by direction and type: graded either way, recorded only when asked", async ({ browser }) => {
  const user = await createUser("candidate", "Check Drill");
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/directions/reasoning");
  await page.getByRole("link", { name: "只练这个方向的小测" }).click();
  await expect(page).toHaveURL(/\/drill\?direction=reasoning&kind=checks$/);
  await expect(page.getByTestId("review-check")).toBeVisible();

  await page.goto("/drill?direction=reasoning&kind=checks&type=numeric");
  await page.locator("[data-keyboard-ready]").waitFor();
  const answerShown = async () => {
    const id = await page.getByTestId("review-check").getAttribute("data-check-id");
    const key = checkKeySchema.parse((await e2eDb().check.findUniqueOrThrow({ where: { id: id! } })).key);
    if (key.type !== "numeric") throw new Error("not numeric");
    await page.getByTestId("check-card").getByRole("textbox").fill(String(key.value));
    await page.getByTestId("check-card").getByRole("textbox").press("Enter");
    await expect(page.getByTestId("check-verdict")).toContainText("答对了");
  };
  await answerShown();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("drill-position")).toContainText("2/");
  expect(await e2eDb().reviewLog.count({ where: { userId: user.id } })).toBe(0);

  await page.getByLabel("把这次练习计入间隔重复").check();
  const response = page.waitForResponse((r) => r.url().endsWith("/api/review/check"));
  await answerShown();
  expect((await response).status()).toBe(200);
  const log = await e2eDb().reviewLog.findFirstOrThrow({ where: { userId: user.id } });
  expect(log.source).toBe("drill");
  expect(log.rating).toBeGreaterThanOrEqual(2);
  await context.close();
});

test("a mentor assigns a question's checks; the mentee practises them from the assignment, recorded, and both see the progress", async ({ browser }) => {
  const mentor = await createUser("mentor", "Mentor Checks");
  const candidate = await createUser("candidate", "Candidate Checks");
  const cohortId = randomUUID();
  await e2eDb().cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: "checks cohort", members: { create: [{ userId: candidate.id }] } } });
  const total = await e2eDb().check.count({ where: { questionId: "grpo-vs-ppo", retiredAt: null } });
  const mentorContext = await browser.newContext();
  await signInContext(mentorContext, mentor);
  const m = await mentorContext.newPage();
  await m.goto(`/mentor/cohorts/${cohortId}`);
  await m.getByRole("radio", { name: "自定义题单" }).check();
  await m.getByLabel("标题（题单必填）").fill("GRPO 小测");
  await m.getByLabel("搜索题目或笔记（标题、id、方向）").fill("grpo-vs-ppo");
  await m.getByRole("button", { name: "加入: 检验题：GRPO 和 PPO 的主要区别是什么？" }).click();
  await m.getByLabel("截止日期").fill("2030-02-01");
  await m.getByRole("button", { name: "布置", exact: true }).click();
  await expect(m.getByText("任务已布置。")).toBeVisible();

  const candidateContext = await browser.newContext();
  await signInContext(candidateContext, candidate);
  const c = await candidateContext.newPage();
  await c.goto("/study");
  await c.getByRole("link", { name: "GRPO 小测" }).click();
  await expect(c.getByRole("main").getByRole("link", { name: "检验题：GRPO 和 PPO 的主要区别是什么？" })).toHaveAttribute("href", /\/questions\/grpo-vs-ppo#checks$/);
  await expect(c.getByText(`已学 0 · 已掌握 0 / ${total}`)).toBeVisible();
  await c.getByRole("link", { name: "练习这些检验题" }).click();
  await expect(c.getByLabel("把这次练习计入间隔重复")).toBeChecked(); // an assignment's answers count
  await c.locator("[data-keyboard-ready]").waitFor();
  await expect(c.getByTestId("drill-position")).toContainText(`1/${total}`);
  const id = await c.getByTestId("review-check").getAttribute("data-check-id");
  expect(id).toMatch(/^grpo-vs-ppo-c\d+$/);
  const { faces } = await check(id!);
  if (faces.type === "numeric") await c.getByTestId("check-card").getByRole("textbox").fill("1");
  else if (faces.type !== "order") await c.keyboard.press("1");
  const recorded = c.waitForResponse((r) => r.url().endsWith("/api/review/check"));
  await c.getByTestId("check-card").getByRole("button", { name: "提交" }).click();
  expect((await recorded).status()).toBe(200);
  await expect(c.getByTestId("check-verdict")).toBeVisible();

  await c.goBack();
  await c.reload();
  await expect(c.getByText(`已学 1 · 已掌握 0 / ${total}`)).toBeVisible();
  await m.goto(`/mentor/mentees/${candidate.id}`);
  await expect(m.getByText(new RegExp(`已学 1 · 已掌握 0 / ${total}$`))).toBeVisible();
  await mentorContext.close();
  await candidateContext.close();
});
