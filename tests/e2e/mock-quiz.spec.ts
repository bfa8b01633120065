/**
 * A mock's timed quiz round: auto-graded checks answered by keyboard against one clock kept by
 * the server, the answers nowhere in the page before they are sent, the score in the report,
 * the misses into review, and a round that ends itself when the time is up.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createUser, e2eDb, signInContext, type TestUser } from "./support/app";
import { checkFacesSchema, checkKeySchema } from "@/lib/checks/present";

async function signedIn(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  await signInContext(context, user);
  return context;
}

async function startMock(page: Page, mix: { L1: number; quiz: number }) {
  await page.goto("/mock");
  await page.getByLabel("L1").fill(String(mix.L1));
  await page.getByLabel("L2").fill("0");
  await page.getByLabel("L3").fill("0");
  await page.getByLabel("小测轮").fill(String(mix.quiz));
  await page.getByRole("button", { name: "开始模拟面试" }).click();
  await expect(page).toHaveURL(/\/mock\/[0-9a-f-]+$/);
  return page.url().split("/").pop()!;
}

/** The quiz check on screen (by its position), with its key, from the database. */
async function shownCheck(page: Page, mockId: string) {
  const text = await page.getByTestId("quiz-position").innerText(); // "第 2 / 3 题"
  const position = Number(/\d+/.exec(text)![0]) - 1;
  const row = await e2eDb().mockCheck.findFirstOrThrow({ where: { mockId, position } });
  const check = await e2eDb().check.findUniqueOrThrow({ where: { id: row.checkId } });
  return { faces: checkFacesSchema.parse(check.faces), key: checkKeySchema.parse(check.key), explainHtml: check.explainHtml };
}

/** Answer the check on screen by keyboard only, rightly or not, and send it with Enter. */
async function answerByKeyboard(page: Page, mockId: string, right: boolean) {
  const { faces, key } = await shownCheck(page, mockId);
  const tokens = faces.choices.map((c) => c.token);
  if (key.type === "numeric") {
    await page.getByTestId("quiz-check").getByRole("textbox").focus();
    await page.keyboard.type(String(right ? key.value : key.value * 3 + 1000));
  } else if (key.type === "order") {
    // Selection sort by keys: pick an item by its digit, move it up with the arrow.
    if (right) {
      const order = [...tokens];
      for (let p = 0; p < key.right.length; p++) {
        let j = order.indexOf(key.right[p]!);
        await page.keyboard.press(String(j + 1));
        for (; j > p; j--) {
          await page.keyboard.press("ArrowUp");
          [order[j - 1], order[j]] = [order[j]!, order[j - 1]!];
        }
      }
    } // the order shown is never the right one: sending it as is is wrong
  } else {
    const picks = right ? key.right : [tokens.find((t) => !key.right.includes(t))!];
    for (const t of picks) await page.keyboard.press(String(tokens.indexOf(t) + 1));
  }
  await page.keyboard.press("Enter");
}

test("a quiz round after the written question: answered by keyboard, kept by the server, scored in the report, misses into review", async ({ browser }) => {
  const user = await createUser("candidate", "Quiz Round");
  const context = await signedIn(browser, user);
  const page = await context.newPage();
  const mockId = await startMock(page, { L1: 1, quiz: 3 });
  await page.getByLabel("你的回答").fill("组内均值作基线");
  await page.getByRole("button", { name: "提交回答" }).click();
  await page.getByRole("button", { name: "提交自评，下一题" }).click();

  await expect(page.getByRole("heading", { name: "小测轮", level: 1 })).toBeVisible();
  await expect(page.getByTestId("quiz-timer")).toContainText("剩余");
  const rows = await e2eDb().mockCheck.findMany({ where: { mockId }, orderBy: { position: "asc" } });
  expect(rows).toHaveLength(3);
  // Before any answer is sent, no explanation is in the page: not in its HTML, not in its RSC payload.
  const html = await page.content();
  for (const row of rows) {
    const check = await e2eDb().check.findUniqueOrThrow({ where: { id: row.checkId } });
    expect(html.includes(check.explainHtml), row.checkId).toBe(false);
  }
  await page.locator("[data-keyboard-ready]").waitFor();

  const plan = [true, false, true];
  for (const [i, right] of plan.entries()) {
    await expect(page.getByTestId("quiz-position")).toHaveText(`第 ${i + 1} / 3 题`);
    await answerByKeyboard(page, mockId, right);
    if (i < plan.length - 1) await expect(page.getByTestId("quiz-position")).toHaveText(`第 ${i + 2} / 3 题`);
  }
  // The last answer ends the round; the mock is done and the report says how it went.
  await expect(page).toHaveURL(new RegExp(`/mock/${mockId}/report$`));
  await expect(page.getByTestId("quiz-score")).toContainText("小测：答对 2/3");
  const reported = page.getByTestId("quiz-report-check");
  await expect(reported).toHaveCount(3);
  await expect(reported.nth(1)).toContainText("答错");
  await expect(reported.nth(1)).toContainText("正确答案");
  const kept = await e2eDb().mockCheck.findMany({ where: { mockId }, orderBy: { position: "asc" } });
  expect(kept.map((k) => k.correct)).toEqual(plan);
  expect((await e2eDb().mockInterview.findUniqueOrThrow({ where: { id: mockId } })).finishedAt).not.toBeNull();

  // The written answer ticked no key point and one check was wrong: two misses.
  await page.getByRole("button", { name: "把答漏的 2 题加入复习" }).click();
  await expect(page.getByText("答漏的 2 题已在复习里")).toBeVisible();
  const logs = await e2eDb().reviewLog.findMany({ where: { userId: user.id, source: "mock" } });
  expect(logs.map((l) => l.cardId).sort()).toContain(`c:${kept[1]!.checkId}`);
  await context.close();
});

test("a quiz round that runs out of time ends itself; what was not answered counts as missed", async ({ browser }) => {
  const user = await createUser("candidate", "Quiz Time Up");
  const context = await signedIn(browser, user);
  const page = await context.newPage();
  const mockId = await startMock(page, { L1: 0, quiz: 2 });
  await expect(page.getByRole("heading", { name: "小测轮", level: 1 })).toBeVisible();
  // Three seconds left on the server's clock.
  const mock = await e2eDb().mockInterview.findUniqueOrThrow({ where: { id: mockId } });
  await e2eDb().mockInterview.update({ where: { id: mockId }, data: { quizStartedAt: new Date(Date.now() - (mock.quizLimitSec - 3) * 1000) } });
  await page.reload();
  await expect(page.getByTestId("quiz-timer")).toContainText("剩余 0:0");
  await expect(page).toHaveURL(new RegExp(`/mock/${mockId}/report$`), { timeout: 15_000 });
  await expect(page.getByTestId("quiz-score")).toContainText("小测：答对 0/2");
  await expect(page.getByTestId("quiz-report-check").filter({ hasText: "没来得及答" })).toHaveCount(2);

  // A late answer, sent straight to the route, is refused and changes nothing.
  const row = await e2eDb().mockCheck.findFirstOrThrow({ where: { mockId } });
  const late = await page.request.post("/api/mock/quiz", { data: { mockId, mockCheckId: row.id, response: { value: 1 } }, headers: { origin: new URL(page.url()).origin } });
  expect(late.status()).toBe(409);
  expect((await e2eDb().mockCheck.findUniqueOrThrow({ where: { id: row.id } })).answeredAt).toBeNull();
  await context.close();
});

test("someone else's quiz round cannot be answered or seen", async ({ browser }) => {
  const owner = await createUser("candidate", "Quiz Owner");
  const other = await createUser("candidate", "Quiz Other");
  const ownerContext = await signedIn(browser, owner);
  const mockId = await startMock(await ownerContext.newPage(), { L1: 0, quiz: 1 });
  const row = await e2eDb().mockCheck.findFirstOrThrow({ where: { mockId } });
  const otherContext = await signedIn(browser, other);
  const page = await otherContext.newPage();
  const response = await page.goto(`/mock/${mockId}`);
  expect(response?.status()).toBe(404);
  const answer = await page.request.post("/api/mock/quiz", { data: { mockId, mockCheckId: row.id, response: { value: 1 } }, headers: { origin: new URL(page.url()).origin } });
  expect(answer.status()).toBe(404);
  expect((await e2eDb().mockCheck.findUniqueOrThrow({ where: { id: row.id } })).answeredAt).toBeNull();
  await ownerContext.close();
  await otherContext.close();
});
