/**
 * The recruiter's loop: find the fields a candidate's research fits (all of them, ranked),
 * go from a field to the directions it feeds and back to its talk tracks, and print a
 * one-pager without the site's header and footer.
 */
import { expect, test, type Browser } from "@playwright/test";
import { createUser, signInContext } from "./support/app";

async function recruiterPage(browser: Browser) {
  const context = await browser.newContext();
  await signInContext(context, await createUser("recruiter", "Finder Recruiter"));
  return { context, page: await context.newPage() };
}

test("a reward-model + PPO description ranks RL first and also the alignment and post-training fields; the general tracks come once", async ({ browser }) => {
  const { context, page } = await recruiterPage(browser);
  await page.goto(`/recruiter/finder?q=${encodeURIComponent("I work on RLHF reward models and PPO")}`);
  const matches = page.getByTestId("field-match");
  await expect(matches.first().getByRole("heading")).toContainText("强化学习");
  const headings = await matches.getByRole("heading", { level: 2 }).allInnerTexts();
  expect(headings.some((h) => h.includes("对齐"))).toBe(true);
  expect(headings.some((h) => h.includes("后训练"))).toBe(true);
  await expect(page.getByRole("heading", { name: "通用 FDE 话术" })).toHaveCount(1);
  // "对应方向" leads to the one-pager of that direction.
  await matches.first().getByRole("link", { name: /奖励模型/ }).click();
  await expect(page).toHaveURL(/\/recruiter\/directions\/reward-model$/);
  await context.close();
});

test("a one-pager links its fields to their talk tracks and prints without the site's header and footer", async ({ browser }) => {
  const { context, page } = await recruiterPage(browser);
  await page.goto("/recruiter/directions/reward-model");
  await expect(page.getByRole("button", { name: "打印 / 存为 PDF" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("button", { name: "打印 / 存为 PDF" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("link", { name: "强化学习" }).first().click();
  await expect(page).toHaveURL(/\/talk-tracks\/rl$/);
  await context.close();
});
