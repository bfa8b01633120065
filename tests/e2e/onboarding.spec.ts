/**
 * From a stranger on the home page to the first graded card, and where each role lands after
 * signing in. The header follows the session without a reload.
 */
import { expect, test, type Page } from "@playwright/test";
import { createUser, e2eDb, signInContext } from "./support/app";

const header = (page: Page) => page.getByRole("banner");

test("sign-up → one onboarding form → first graded card, in 10 interactions on 3 pages", async ({ browser }) => {
  // A candidate in Berlin: the zone comes from the browser, not the product's default.
  const context = await browser.newContext({ timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  const email = `onboard-${Date.now()}@example.test`;
  let interactions = 0;
  const act = async (step: Promise<unknown>) => {
    await step;
    interactions++;
  };

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Rollout", level: 1 })).toBeVisible();
  await act(header(page).getByRole("link", { name: "注册" }).click());
  await expect(page).toHaveURL(/\/signup$/);
  await act(page.getByLabel("名字").fill("新同学"));
  await act(page.getByLabel("邮箱").fill(email));
  await act(page.getByLabel("密码").fill("a-long-password-1"));
  await act(page.getByRole("button", { name: "注册" }).click());

  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByRole("heading", { name: "欢迎，新同学。" })).toBeVisible();
  // The header knows who is signed in without a reload.
  await expect(header(page).getByRole("link", { name: "复习" })).toBeVisible();
  await expect(header(page).getByRole("link", { name: "登录" })).toHaveCount(0);
  await expect(page.getByLabel("时区")).toHaveValue("Europe/Berlin");
  await act(page.getByRole("checkbox", { name: /推理能力训练/ }).check());
  await expect(page.getByLabel("学习计划")).toContainText("跟随第一个所选方向：推理方向 6 周计划");
  const interview = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  await act(page.getByLabel("面试日期（可选）").fill(interview));
  await expect(page.getByTestId("interviewDate-spelled")).not.toBeEmpty();
  await act(page.getByRole("button", { name: "开始第一次复习" }).click());

  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByText(/距面试还有 \d+ 天/)).toBeVisible();
  await act(page.getByRole("button", { name: /显示答案/ }).click());
  const graded = page.waitForResponse((r) => r.url().endsWith("/api/review/grade"));
  await act(page.getByRole("button", { name: /良好/ }).click());
  expect((await graded).status()).toBe(200);
  expect(interactions).toBe(10);

  const db = e2eDb();
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  expect(user.role).toBe("candidate");
  const settings = await db.studySettings.findUniqueOrThrow({ where: { userId: user.id } });
  expect(settings.directions).toEqual(["reasoning"]);
  expect(settings.timeZone).toBe("Europe/Berlin");
  expect(settings.interviewDate?.toISOString().slice(0, 10)).toBe(interview);
  expect(await db.planEnrollment.findMany({ where: { userId: user.id }, select: { planSlug: true, status: true } })).toEqual([{ planSlug: "reasoning", status: "active" }]);
  // The first card is the plan's first question.
  const [log] = await db.reviewLog.findMany({ where: { userId: user.id } });
  expect(log?.cardId).toBe("q:cot-when-to-use");
  await context.close();
});

test("onboarding refuses a past interview date by name and saves nothing", async ({ browser }) => {
  const user = await createUser("candidate", "Past Date");
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/welcome");
  await page.getByRole("checkbox", { name: /推理能力训练/ }).check();
  await page.getByLabel("面试日期（可选）").fill("2020-01-01");
  await page.getByRole("button", { name: "开始第一次复习" }).click();
  await expect(page.locator("#interviewDate-error")).toHaveText("面试日期需要在今天之后。");
  await expect(page).toHaveURL(/\/welcome$/);
  // What was typed is still there.
  await expect(page.getByRole("checkbox", { name: /推理能力训练/ })).toBeChecked();
  expect(await e2eDb().studySettings.count({ where: { userId: user.id } })).toBe(0);
  expect(await e2eDb().planEnrollment.count({ where: { userId: user.id } })).toBe(0);
  await context.close();
});

for (const [role, path, link] of [["candidate", "/study", "我的学习"], ["mentor", "/mentor", "导师"], ["recruiter", "/recruiter", "招聘"], ["admin", "/admin", "管理"]] as const) {
  test(`a ${role} signing in without a destination lands on ${path}, and the header says so at once`, async ({ page }) => {
    const user = await createUser(role, `Landing ${role}`);
    await page.goto("/login");
    await expect(header(page).getByRole("link", { name: "登录" })).toBeVisible();
    await page.getByLabel("邮箱").fill(user.email);
    await page.getByLabel("密码").fill(user.password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(header(page).getByRole("link", { name: link, exact: true })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "登录" })).toHaveCount(0);
  });
}

test("a page asked for before signing in still wins over the role's home", async ({ page }) => {
  const user = await createUser("mentor", "Next Mentor");
  await page.goto("/plans/reasoning");
  await page.goto("/login?next=%2Fplans%2Freasoning");
  await page.getByLabel("邮箱").fill(user.email);
  await page.getByLabel("密码").fill(user.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/plans\/reasoning$/);
});

test("the home page shows a signed-in user what is waiting instead of the introduction", async ({ browser }) => {
  const user = await createUser("candidate", "Home User");
  await e2eDb().studySettings.create({ data: { userId: user.id, newPerDay: 3, directions: [], levels: [] } });
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "欢迎回来，Home User。" })).toBeVisible();
  await expect(page.getByTestId("continue-counts")).toHaveText("今天到期 0 张，还有 3 张新卡。");
  await expect(page.getByRole("heading", { name: "Rollout", level: 1 })).toHaveCount(0);
  await page.getByRole("link", { name: "继续复习" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await context.close();
});

test("the study hub greets with punctuation in both languages", async ({ browser }) => {
  const user = await createUser("candidate", "Punct");
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/study");
  await expect(page.getByText("你好，Punct。从这里开始今天的练习。")).toBeVisible();
  await page.goto("/en/study");
  await expect(page.getByText("Hello, Punct. Start today's practice here.")).toBeVisible();
  await context.close();
});
