/** Small things people notice at once: the tab icon, long names, the header on a phone. */
import { expect, test } from "@playwright/test";
import { createUser, e2eDb, signInContext } from "./support/app";

test("pages load without a single failed request, the tab icon included", async ({ page }) => {
  const failed: string[] = [];
  page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  for (const path of ["/", "/questions", "/en/plans/reasoning"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(failed).toEqual([]);
  const icon = await page.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image/);
});

test("a very long name does not push the admin table's controls off screen", async ({ browser }) => {
  const admin = await createUser("admin", "Long Name Admin");
  const long = await createUser("candidate", "W".repeat(80));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await signInContext(context, admin);
  const page = await context.newPage();
  await page.goto("/admin/users");
  const row = page.getByRole("row").filter({ hasText: long.email });
  // The e2e database holds many accounts: bring the row up, then ask whether it is cut sideways.
  await row.scrollIntoViewIfNeeded();
  await expect(row.getByRole("button", { name: "修改" })).toBeInViewport({ ratio: 1 });
  await context.close();
});

test("on a phone the header fits: switches beside the brand, the account's places on their own line", async ({ browser }) => {
  const user = await createUser("mentor", "Phone Header");
  await e2eDb().user.update({ where: { id: user.id }, data: { role: "admin" } });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/");
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "复习" })).toBeVisible();
  const overflow = await banner.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const brand = await banner.getByRole("link", { name: "Rollout" }).boundingBox();
  const theme = await banner.getByRole("button", { name: /主题/ }).boundingBox();
  const review = await banner.getByRole("link", { name: "复习" }).boundingBox();
  expect(Math.abs(theme!.y - brand!.y)).toBeLessThan(brand!.height); // same line
  expect(review!.y).toBeGreaterThan(brand!.y + brand!.height / 2); // a line below
  await context.close();
});
