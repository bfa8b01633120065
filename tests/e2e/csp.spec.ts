/**
 * The Content-Security-Policy allows no inline script it has not vetted: prerendered pages by
 * the hash of each of their scripts, pages rendered per request by a fresh nonce. Every page
 * still runs (hydrates, grades, navigates) with no violation reported.
 */
import { expect, test, type Page } from "@playwright/test";
import { createUser, signInContext } from "./support/app";

function watchViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(`${page.url()}: ${m.text().slice(0, 200)}`);
  });
  return seen;
}

async function open(page: Page, path: string): Promise<string> {
  const response = await page.goto(path);
  await page.waitForLoadState("networkidle");
  const policy = response!.headers()["content-security-policy"] ?? "";
  const scripts = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
  expect(scripts, path).toMatch(/^script-src 'self' '(sha256-|nonce-)/);
  expect(scripts, path).not.toContain("unsafe-inline");
  return scripts;
}

test("prerendered pages run under per-page script hashes, with no violation", async ({ page }) => {
  const violations = watchViolations(page);
  for (const path of ["/", "/questions/grpo-vs-ppo", "/notes/ppo-to-grpo", "/en/directions/reasoning", "/plans/reasoning", "/papers"]) {
    expect(await open(page, path), path).toContain("'sha256-");
  }
  // Hydrated: the theme button works, and a link navigates on the client.
  await page.goto("/questions/grpo-vs-ppo");
  const toggle = page.getByRole("button", { name: /主题/ });
  const before = await toggle.getAttribute("aria-label");
  await toggle.click();
  await expect(toggle).not.toHaveAttribute("aria-label", before ?? "");
  await page.goto("/questions");
  await page.locator("main a[href^='/questions/']").first().click();
  await expect(page).toHaveURL(/\/questions\/[a-z0-9-]+$/);
  expect(violations).toEqual([]);
});

test("pages rendered per request run under a fresh nonce, with no violation", async ({ browser }) => {
  const user = await createUser("candidate", "CSP Candidate");
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  const violations = watchViolations(page);
  const nonces = new Set<string>();
  for (const path of ["/study", "/review", "/progress", "/mock", "/login", "/no-such-page"]) nonces.add((await open(page, path)).match(/'nonce-([^']+)'/)?.[1] ?? "");
  expect(nonces.size).toBe(6); // fresh on every request
  await page.goto("/review");
  await page.getByRole("button", { name: /显示答案/ }).click();
  const graded = page.waitForResponse((r) => r.url().endsWith("/api/review/grade"));
  await page.getByRole("button", { name: /^3 · 良好/ }).click();
  expect((await graded).status()).toBe(200);
  // A server action (starting a plan) on a prerendered page, then the page again.
  await page.goto("/plans/reasoning");
  await page.getByRole("button", { name: "开始这个计划" }).click();
  await expect(page.getByTestId("plan-next")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("plan-next")).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
});
