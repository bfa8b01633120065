/**
 * Throttling as an attacker meets it: a forged X-Forwarded-For buys nothing, a stranger's
 * wrong guesses do not lock the owner out, and sign-up does not say who is registered.
 */
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createUser, e2eDb } from "./support/app";
import { startOwnServer } from "./support/own-server";

const signUp = (base: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { origin: base, "content-type": "application/json", ...headers },
    body: JSON.stringify({ name: "Probe", email: `probe-${randomUUID()}@example.test`, password: "a-long-password-1" }),
  });

test("a fresh X-Forwarded-For on every request still meets the per-address limit", async () => {
  const server = await startOwnServer({ AUTH_MAX_ATTEMPTS_PER_IP: "5" });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await signUp(server.url, { "x-forwarded-for": `10.${i}.${i}.${i}`, "x-real-ip": `10.9.9.${i}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const signIn = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { origin: server.url, "content-type": "application/json", "x-forwarded-for": "10.99.99.99" },
      body: JSON.stringify({ email: "anyone@example.test", password: "whatever-password" }),
    });
    expect(signIn.status).toBe(429);
  } finally {
    await server.stop();
  }
});

test("behind one trusted proxy, each client is counted by the address the proxy appended", async () => {
  const server = await startOwnServer({ AUTH_MAX_ATTEMPTS_PER_IP: "3", TRUST_PROXY_HOPS: "1" });
  try {
    // What a client forges comes first; the proxy appends the real address last.
    const from = (real: string, forged: string) => ({ "x-forwarded-for": `${forged}, ${real}` });
    const a = [];
    for (let i = 0; i < 4; i++) a.push((await signUp(server.url, from("198.51.100.1", `10.0.0.${i}`))).status);
    expect(a).toEqual([200, 200, 200, 429]);
    expect((await signUp(server.url, from("198.51.100.2", "198.51.100.1"))).status).toBe(200);
  } finally {
    await server.stop();
  }
});

test("a stranger's wrong guesses do not lock the owner out of their own browser", async ({ browser }) => {
  const owner = await createUser("candidate", "Owner");
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await ownerPage.goto("/login");
  await ownerPage.getByLabel("邮箱").fill(owner.email);
  await ownerPage.getByLabel("密码").fill(owner.password);
  await ownerPage.getByRole("button", { name: "登录" }).click();
  await expect(ownerPage).toHaveURL(/\/study$/);
  await ownerPage.goto("/settings");
  await ownerPage.getByRole("button", { name: "退出登录" }).click();
  await expect(ownerPage).toHaveURL(/127\.0\.0\.1:\d+\/$/);

  // Same address (everything here is 127.0.0.1), another browser: five wrong guesses, then the wait.
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await stranger.goto("/login");
  for (let i = 0; i < 6; i++) {
    await stranger.getByLabel("邮箱").fill(owner.email);
    await stranger.getByLabel("密码").fill(`guess-${i}-password`);
    await stranger.getByRole("button", { name: "登录" }).click();
    await expect(stranger.locator("form [role=alert]")).toHaveText(i < 5 ? "邮箱或密码错误。" : "尝试次数过多，请稍后再试。");
  }
  // The owner's browser signed in before: its device cookie is counted on its own.
  await ownerPage.goto("/login");
  await ownerPage.getByLabel("邮箱").fill(owner.email);
  await ownerPage.getByLabel("密码").fill(owner.password);
  await ownerPage.getByRole("button", { name: "登录" }).click();
  await expect(ownerPage).toHaveURL(/\/study$/);
  await ownerContext.close();
  await strangerContext.close();
});

test("sign-up does not say an e-mail is registered, and lets its owner in", async ({ page }) => {
  const existing = await createUser("candidate", "Existing");
  await page.goto("/signup");
  await page.getByLabel("名字").fill("Someone Else");
  await page.getByLabel("邮箱").fill(existing.email);
  await page.getByLabel("密码").fill("not-their-password-1");
  await page.getByRole("button", { name: "注册" }).click();
  const alert = page.locator("form [role=alert]");
  await expect(alert).toHaveText("无法用这个邮箱和密码完成注册。已经有账户了？请直接登录。");
  await expect(alert).not.toContainText("已注册");
  expect(await e2eDb().user.count({ where: { email: existing.email } })).toBe(1);
  // The owner, signing up again by mistake with their own password, is simply signed in.
  await page.getByLabel("密码").fill(existing.password);
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/\/study$/);
});
