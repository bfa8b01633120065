/**
 * ?next= after signing in or up, in a real browser: none of the open-redirect forms leaves the
 * site, and none turns a successful sign-in into a 500 — in both locales.
 */
import { expect, test, type Page } from "@playwright/test";
import { baseUrl, createUser } from "./support/app";
import { OPEN_REDIRECTS } from "./../support/open-redirects";

const LOCALES = [
  { prefix: "", email: "邮箱", password: "密码", name: "名字", signIn: "登录", signUp: "注册" },
  { prefix: "/en", email: "Email", password: "Password", name: "Name", signIn: "Sign in", signUp: "Sign up" },
] as const;

/** Submits a form on `page` and returns where the browser ended up, with every document status seen. */
async function land(page: Page, submit: () => Promise<void>) {
  const statuses: number[] = [];
  const record = (r: import("@playwright/test").Response) => r.request().resourceType() === "document" && statuses.push(r.status());
  page.on("response", record);
  await submit();
  await page.waitForURL((url) => !url.pathname.endsWith("/login") && !url.pathname.endsWith("/signup"), { timeout: 15_000 });
  await page.waitForLoadState("load");
  page.off("response", record);
  return { url: new URL(page.url()), statuses };
}

for (const locale of LOCALES) {
  test(`sign-in${locale.prefix ? " (en)" : ""}: ${OPEN_REDIRECTS.length} open-redirect forms stay on the site`, async ({ browser }) => {
    test.setTimeout(300_000);
    expect(OPEN_REDIRECTS.length).toBeGreaterThanOrEqual(30);
    const user = await createUser("candidate", "Redirect Probe");
    const site = new URL(baseUrl()).host;
    const results: string[] = [];
    for (const payload of OPEN_REDIRECTS) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${locale.prefix}/login?next=${encodeURIComponent(payload)}`);
      await page.getByLabel(locale.email).fill(user.email);
      await page.getByLabel(locale.password).fill(user.password);
      const { url, statuses } = await land(page, () => page.getByRole("button", { name: locale.signIn, exact: true }).click());
      results.push(`${JSON.stringify(payload)} → ${url.host}${url.pathname} ${statuses.join(",")}`);
      expect.soft(url.host, JSON.stringify(payload)).toBe(site);
      expect.soft(statuses.filter((s) => s >= 500), JSON.stringify(payload)).toEqual([]);
      await context.close();
    }
    console.log(`${locale.prefix || "zh"} sign-in corpus:\n${results.join("\n")}`);
  });

  test(`sign-up${locale.prefix ? " (en)" : ""}: ?next= stays on the site`, async ({ browser }) => {
    test.setTimeout(180_000);
    for (const payload of ["/\t/evil.example/x", "/%09/evil.example/x", "/\\evil.example", "/..//evil.example/x", "/study\u0000", "/学习", "//user:pass@evil.example/x", "https://evil.example/x"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${locale.prefix}/signup?next=${encodeURIComponent(payload)}`);
      await page.getByLabel(locale.name).fill("Redirect Probe");
      await page.getByLabel(locale.email).fill(`redirect-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`);
      await page.getByLabel(locale.password).fill("a-long-password-1");
      const { url, statuses } = await land(page, () => page.getByRole("button", { name: locale.signUp, exact: true }).click());
      expect.soft(url.host, JSON.stringify(payload)).toBe(new URL(baseUrl()).host);
      expect.soft(statuses.filter((s) => s >= 500), JSON.stringify(payload)).toEqual([]);
      await context.close();
    }
  });
}
