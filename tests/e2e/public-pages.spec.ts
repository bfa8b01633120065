import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

// One page of each type, from the real content (ids that are stable forever by rule).
const PAGES = {
  home: "/",
  directions: "/directions",
  direction: "/directions/reasoning",
  questions: "/questions",
  question: "/questions/grpo-vs-ppo",
  notes: "/notes",
  note: "/notes/ppo-to-grpo",
  talkTracks: "/talk-tracks",
  talkTrack: "/talk-tracks/rl",
  papers: "/papers",
  models: "/models",
  englishQuestion: "/en/questions/grpo-vs-ppo",
};

test.describe("browsing", () => {
  test("home leads to the directions, which sort by competition", async ({ page }) => {
    await page.goto(PAGES.home);
    await expect(page.getByRole("heading", { level: 1, name: "Rollout" })).toBeVisible();
    await page.getByRole("link", { name: "浏览方向", exact: true }).click();
    await expect(page).toHaveURL(/\/directions$/);
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) })).toHaveCount(11);

    await page.getByRole("link", { name: "竞争度从低到高" }).click();
    await expect(page).toHaveURL(/sort=competition-asc/);
    const firstRating = page.locator("ol > li").first().locator(".sr-only");
    await expect(firstRating).toContainText("2 / 5");
    await page.getByRole("link", { name: "竞争度从高到低" }).click();
    await expect(page.locator("ol > li").first()).toContainText("推理能力训练");
  });

  test("a direction shows what the team does, every sub-topic, profile and its questions", async ({ page }) => {
    await page.goto(PAGES.direction);
    await expect(page.getByRole("heading", { level: 2, name: "做什么" })).toBeVisible();
    await expect(page.locator("section[aria-labelledby=subtopics] h3")).toHaveCount(8);
    await expect(page.getByRole("heading", { level: 2, name: "需求画像" })).toBeVisible();
    await page.getByRole("link", { name: /GRPO 和 PPO/ }).first().click();
    await expect(page).toHaveURL(/\/questions\/grpo-vs-ppo$/);
  });

  test("a question reveals its key points on demand and lists its sources", async ({ page }) => {
    await page.goto(PAGES.question);
    const keyPoints = page.getByRole("heading", { name: "要点" });
    await expect(keyPoints).toBeHidden();
    await page.getByText("显示要点与易错点").click();
    await expect(keyPoints).toBeVisible();
    await expect(page.getByRole("heading", { name: "易错点" })).toBeVisible();
    await expect(page.getByRole("link", { name: /arXiv:2402\.03300/ })).toBeVisible();
  });

  test("notes, talk tracks, papers and models render", async ({ page }) => {
    await page.goto(PAGES.notes);
    await page.getByRole("link", { name: /GRPO/ }).first().click();
    await expect(page.locator("article .katex").first()).toBeVisible();

    await page.goto(PAGES.talkTracks);
    await expect(page.locator("ol > li")).toHaveCount(22);
    await page.goto(PAGES.talkTrack);
    await expect(page.getByRole("heading", { name: "话术", exact: true })).toBeVisible();

    await page.goto(PAGES.papers);
    await expect(page.locator("li#deepseekmath")).toBeVisible();
    await page.goto(PAGES.models);
    await expect(page.locator("tbody tr")).toHaveCount(10);
  });
});

test.describe("question filters", () => {
  test("level and direction narrow the list, and the URL keeps the filter", async ({ page }) => {
    await page.goto(PAGES.questions);
    const all = Number((await page.getByRole("status").innerText()).match(/\d+/)![0]);
    await page.getByLabel("级别").selectOption("L3");
    await page.getByLabel("方向").selectOption("reasoning");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/level=L3/);
    const filtered = Number((await page.getByRole("status").innerText()).match(/\d+/)![0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    const badges = page.locator("main ul li > span:first-child");
    await expect(badges.first()).toHaveText("L3");
    expect(new Set(await badges.allInnerTexts())).toEqual(new Set(["L3"]));
  });

  test("search works on Chinese text without spaces", async ({ page }) => {
    await page.goto(`${PAGES.questions}?q=${encodeURIComponent("奖励模型过优化")}`);
    const count = Number((await page.getByRole("status").innerText()).match(/\d+/)![0]);
    expect(count).toBeGreaterThan(0);
    await page.goto(`${PAGES.questions}?q=${encodeURIComponent("完全不存在的词组xyzzy")}`);
    await expect(page.getByText("没有符合条件的题目")).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("formulas are server-rendered KaTeX and the reveal still works", async ({ page }) => {
    await page.goto(PAGES.question);
    await page.getByText("显示要点与易错点").click();
    await expect(page.locator(".katex").first()).toBeAttached();
    await page.goto(PAGES.note);
    await expect(page.locator(".katex-display .katex").first()).toBeVisible();
    expect(await page.locator(".katex-error").count()).toBe(0);
  });
});

test("the language switch changes the UI strings and keeps the page", async ({ page }) => {
  await page.goto(PAGES.question);
  await expect(page.getByRole("link", { name: "题库" }).first()).toBeVisible();
  await page.getByRole("link", { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/questions\/grpo-vs-ppo$/);
  await expect(page.getByRole("link", { name: "Questions", exact: true })).toBeVisible();
  await expect(page.getByText("Show key points and pitfall")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("link", { name: /中文/ }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:3210\/questions\/grpo-vs-ppo$/);
});

test.describe("accessibility", () => {
  for (const [name, url] of Object.entries(PAGES)) {
    test(`axe finds no serious or critical violations on ${name}`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
    });
  }

  test("axe passes in the dark theme too", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(PAGES.question);
    await page.getByText("显示要点与易错点").click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });
});

test("a question taken from our study material does not point readers at documents they cannot see", async ({ page }) => {
  // grpo-vs-ppo carries seed_ref metadata; the page must not show it in either language.
  for (const path of ["/questions/grpo-vs-ppo", "/en/questions/grpo-vs-ppo"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("main")).not.toContainText(/速查表|cheat sheet|\b00[0-4] Q\d/i);
  }
});
