import { expect, test } from "@playwright/test";
import { apiAs, createUser, e2eDb, signInContext } from "./support/app";

test("sign-up errors name the field", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("邮箱").fill("not-an-email");
  await page.getByLabel("密码").fill("short");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.locator("#email-error")).toHaveText("请输入有效的邮箱地址");
  await expect(page.locator("#password-error")).toContainText("至少需要 10 个字符");
  await expect(page.locator("#name-error")).toHaveText("请输入名字");
});

test("sign in, wrong password, sign out", async ({ page }) => {
  const user = await createUser();
  await page.goto("/study");
  await expect(page).toHaveURL(/\/login\?next=%2Fstudy/);
  await page.getByLabel("邮箱").fill(user.email);
  await page.getByLabel("密码").fill("wrong-password-123");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("邮箱或密码错误。");
  await page.getByLabel("密码").fill(user.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/study$/);
  await page.goto("/settings");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await page.goto("/study");
  await expect(page).toHaveURL(/\/login/);
});

test("the 6th rapid wrong password is throttled, even with the right one", async ({ page }) => {
  const user = await createUser();
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("邮箱").fill(user.email);
    await page.getByLabel("密码").fill(`wrong-${i}-password`);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("邮箱或密码错误。");
  }
  await page.getByLabel("邮箱").fill(user.email);
  await page.getByLabel("密码").fill(user.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("尝试次数过多，请稍后再试。");
  // The API applies the same limit.
  const api = await apiAs(null);
  const response = await api.post("/api/auth/sign-in/email", { data: { email: user.email, password: user.password } });
  expect(response.status()).toBe(429);
});

test("an admin promotes a user to mentor and then recruiter", async ({ browser }) => {
  const admin = await createUser("admin", "Admin");
  const target = await createUser("candidate", `Promote ${Date.now()}`);
  const context = await browser.newContext();
  await signInContext(context, admin);
  const page = await context.newPage();
  await page.goto("/admin/users");
  const row = page.getByRole("row").filter({ hasText: target.email });
  await row.getByRole("combobox").selectOption("mentor");
  await row.getByRole("button", { name: "修改" }).click();
  await expect(row.getByRole("status")).toHaveText("角色已更新。");
  await expect.poll(async () => (await e2eDb().user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("mentor");
  await row.getByRole("combobox").selectOption("recruiter");
  await row.getByRole("button", { name: "修改" }).click();
  await expect(row.getByRole("status")).toHaveText("角色已更新。");
  await expect.poll(async () => (await e2eDb().user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("recruiter");
  await context.close();
});

test("an admin lands on an overview at /admin and reaches the user list from it", async ({ browser }) => {
  const admin = await createUser("admin", "Overview Admin");
  const context = await browser.newContext();
  await signInContext(context, admin);
  const page = await context.newPage();
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "管理", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "数据迁移" })).toBeVisible();
  await page.getByRole("link", { name: "管理用户与角色" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await context.close();
});

test("a candidate cannot open the admin page", async ({ browser }) => {
  const user = await createUser();
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await context.close();
});

test("deleting the account removes the user and their data", async ({ browser }) => {
  const user = await createUser();
  const db = e2eDb();
  await db.studySettings.create({ data: { userId: user.id, directions: [], levels: [] } });
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/settings");
  await page.locator("#delete-password").fill(user.password);
  await page.getByLabel("输入 DELETE 确认").fill("DELETE");
  await page.getByRole("button", { name: "永久删除账号" }).click();
  await expect(page).toHaveURL(/\/\?deleted=1$/);
  expect(await db.user.findUnique({ where: { id: user.id } })).toBeNull();
  expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  expect(await db.studySettings.count({ where: { userId: user.id } })).toBe(0);
  await context.close();
});
