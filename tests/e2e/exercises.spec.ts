/**
 * Hand-coding drills: the tests run in the browser (Pyodide in a worker, served from our own
 * origin), with a verdict per test; an endless loop is stopped; what is typed survives a reload.
 */
import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./support/app";

const ID = "unbiased-pass-at-k";

/** Replace the editor's text the way a paste would (typing would auto-indent every line). */
async function setCode(page: Page, code: string) {
  const editor = page.getByRole("textbox", { name: "你的代码" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
}

test("solve an exercise: a wrong answer names the failing test, the right one passes them all, Ctrl+Enter runs", async ({ page }) => {
  test.setTimeout(120_000);
  const exercise = await e2eDb().exercise.findUniqueOrThrow({ where: { id: ID } });
  await page.goto(`/exercises/${ID}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(exercise.titleZh);
  // Nothing of Python loads until the editor is used; focusing it starts the download.
  const wasm = page.waitForRequest(/\/exercise-runtime\/pyodide\.asm\.wasm$/);
  await page.getByRole("textbox", { name: "你的代码" }).click();
  await wasm;
  // The starter as given fails.
  await page.getByRole("button", { name: "运行测试" }).click();
  await expect(page.getByTestId("run-status")).toContainText(/通过 0 \/ \d+ 个测试|通过 \d+ \/ \d+ 个测试/, { timeout: 60_000 });
  await expect(page.getByTestId("test-results").locator("[data-status=fail], [data-status=error]").first()).toBeVisible();
  // A wrong formula: the failing test says what it expected and what it got.
  await setCode(page, "def pass_at_k(n, c, k):\n    return c / n\n");
  await page.getByRole("button", { name: "运行测试" }).click();
  const failed = page.getByTestId("test-results").locator("[data-status=fail]").first();
  await expect(failed).toContainText("expected");
  await expect(page.getByText("详解", { exact: true })).toHaveCount(0);
  // The reference solution, run with the keyboard.
  await setCode(page, exercise.solution);
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByTestId("run-status")).toHaveText(/^全部 \d+ 个测试通过$/);
  await expect(page.getByTestId("test-results").locator("[data-status=pass]")).toHaveCount(await page.getByTestId("test-results").locator("li").count());
  await expect(page.getByRole("heading", { name: "详解" })).toBeVisible();
});

test("an endless loop is stopped with a message, and the next run works", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/exercises/${ID}`);
  await setCode(page, "def pass_at_k(n, c, k):\n    while True:\n        pass\n");
  await page.getByRole("button", { name: "运行测试" }).click();
  await expect(page.getByTestId("run-status")).toContainText("已停止：运行超过 5 秒", { timeout: 90_000 });
  await setCode(page, "def pass_at_k(n, c, k):\n    return 0.0\n");
  await page.getByRole("button", { name: "运行测试" }).click();
  await expect(page.getByTestId("run-status")).toContainText(/通过 \d+ \/ \d+ 个测试/, { timeout: 60_000 });
});

test("the code survives a reload; reset brings the starter back", async ({ page }) => {
  const exercise = await e2eDb().exercise.findUniqueOrThrow({ where: { id: ID } });
  await page.goto(`/exercises/${ID}`);
  await setCode(page, "def pass_at_k(n, c, k):\n    return 1.0  # mine\n");
  await page.reload();
  await expect(page.getByTestId("code-editor")).toContainText("return 1.0  # mine");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "恢复初始代码" }).click();
  await expect(page.getByTestId("code-editor")).toContainText(exercise.starter.split("\n")[0]!);
  await expect(page.getByTestId("code-editor")).not.toContainText("# mine");
});

test("the list filters by direction and level, and a question links its exercises", async ({ page }) => {
  await page.goto("/exercises?direction=code-agent");
  const items = page.getByTestId("exercise-list").locator("li");
  await expect(items.first()).toBeVisible();
  await expect(page.getByTestId("exercise-list")).toContainText("pass@k");
  await page.goto("/exercises?level=L3");
  for (const badge of await page.getByTestId("exercise-list").locator("li").allInnerTexts()) expect(badge).toContain("L3");
  await page.goto("/questions/pass-at-k-unbiased-estimator");
  await page.getByTestId("question-exercises").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/exercises\/[a-z0-9-]+$/);
});
