/** axe on every signed-in page type (public pages are covered in public-pages.spec.ts). */
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { createUser, e2eDb, signInContext, type TestUser } from "./support/app";

async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${path} ${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
}

async function pageAs(browser: import("@playwright/test").Browser, user: TestUser | null) {
  const context = await browser.newContext();
  if (user) await signInContext(context, user);
  return { page: await context.newPage(), close: () => context.close() };
}

test("sign-in and sign-up pages", async ({ browser }) => {
  const { page, close } = await pageAs(browser, null);
  for (const path of ["/login", "/signup", "/en/login"]) await expectAccessible(page, path);
  await close();
});

test("hand-coding drills: the list, an exercise, and its results after a run", async ({ browser }) => {
  test.setTimeout(90_000);
  const { page, close } = await pageAs(browser, null);
  for (const path of ["/exercises", "/en/exercises?level=L2", "/en/exercises/dpo-loss"]) await expectAccessible(page, path);
  await page.goto("/exercises/unbiased-pass-at-k");
  await page.getByRole("button", { name: "运行测试" }).click();
  await expect(page.getByTestId("test-results")).toBeVisible({ timeout: 60_000 });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await close();
});

test("candidate pages, including the revealed review card", async ({ browser }) => {
  const user = await createUser();
  const { page, close } = await pageAs(browser, user);
  for (const path of ["/study", "/study/settings", "/settings", "/progress", "/mock", "/plans/reasoning", "/drill?level=L1"]) await expectAccessible(page, path);
  await page.goto("/review");
  await page.getByRole("button", { name: /显示答案/ }).click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await close();
});

/** A candidate with a little of everything: a plan, mocks (written and quiz), a project, grades and check answers. */
async function candidateWithHistory() {
  const user = await createUser("candidate", "A11y Loop");
  const db = e2eDb();
  await db.studySettings.create({ data: { userId: user.id, directions: ["reasoning"], levels: [], interviewDate: new Date(Date.now() + 30 * 86_400_000) } });
  await db.planEnrollment.create({ data: { id: randomUUID(), userId: user.id, planSlug: "reasoning", status: "active" } });
  const question = await db.question.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: "asc" } });
  const [open, done] = [randomUUID(), randomUUID()];
  const now = new Date();
  await db.mockInterview.create({ data: { id: open, userId: user.id, config: { directions: ["reasoning"] }, items: { create: [{ id: randomUUID(), position: 0, questionId: question.id, timeLimitSec: 180, keyPointCount: 3 }] } } });
  await db.mockInterview.create({ data: { id: done, userId: user.id, config: { directions: ["reasoning"] }, finishedAt: now, items: { create: [{ id: randomUUID(), position: 0, questionId: question.id, timeLimitSec: 180, keyPointCount: 3, startedAt: now, answeredAt: now, timeUsedSec: 30, answer: "a", checkedPoints: [0], pitfallHit: false, gradedAt: now }] } } });
  const project = randomUUID();
  await db.project.create({ data: { id: project, userId: user.id, directions: ["reasoning"], parts: { create: [{ field: "title", text: "数学推理 RL", version: 1 }, { field: "approach", text: "用 GRPO，因为省掉价值网络。", html: "<p>用 GRPO，因为省掉价值网络。</p>", version: 1 }] } } });
  // A mentor's probe on it, and mocks with a project round: one on a probe to grade, one over (its report).
  await db.mentorProbe.create({ data: { id: randomUUID(), projectId: project, authorId: user.id, question: "KL 系数怎么定的？", rubric: [{ source: "扫过的取值", html: "<p>扫过的取值</p>" }], redFlags: [{ source: "没调过", html: "<p>没调过</p>" }] } });
  const probe = await db.probe.findFirstOrThrow({ where: { direction: "reasoning", retiredAt: null }, orderBy: { position: "asc" } });
  const [round, roundDone] = [randomUUID(), randomUUID()];
  const probeItem = (graded: boolean) => ({ id: randomUUID(), position: 0, probeId: probe.id, timeLimitSec: 180, keyPointCount: 3, startedAt: now, answeredAt: now, timeUsedSec: 40, answer: "项目回答", ...(graded ? { checkedPoints: [0], pitfallHit: true, gradedAt: now } : {}) });
  await db.mockInterview.create({ data: { id: round, userId: user.id, config: {}, projectId: project, items: { create: [probeItem(false)] } } });
  await db.mockInterview.create({ data: { id: roundDone, userId: user.id, config: {}, projectId: project, finishedAt: now, items: { create: [probeItem(true)] } } });
  // A quiz round under way (an ordering and a multi-select to answer) and one over, with a right and a missed answer.
  const [quiz, quizDone] = [randomUUID(), randomUUID()];
  const checks = (answered: boolean) => ({ create: ["function-calling-protocol-c1", "grpo-vs-ppo-c2"].map((checkId, position) => ({ id: randomUUID(), position, checkId, ...(answered ? { answeredAt: now, correct: position === 0, response: { value: 1 } } : {}) })) });
  await db.mockInterview.create({ data: { id: quiz, userId: user.id, config: {}, quizLimitSec: 3600, checks: checks(false) } });
  await db.mockInterview.create({ data: { id: quizDone, userId: user.id, config: {}, quizLimitSec: 90, quizStartedAt: now, quizEndedAt: now, finishedAt: now, checks: checks(true) } });
  // Self-grades and check answers on one question, so /progress shows its calibration table.
  for (const [cardId, rating, version] of [["q:grpo-vs-ppo", 3, 1], ["q:grpo-vs-ppo", 3, 2], ["c:grpo-vs-ppo-c1", 1, 1]] as const) {
    await db.reviewLog.create({ data: { id: randomUUID(), userId: user.id, cardId, clientReviewId: randomUUID(), stateVersion: version, rating, reviewedAt: now, durationMs: 9000, source: "review", stateBefore: {}, stateAfter: {}, params: {} } });
  }
  return { user, pages: {
    home: ["/", "/welcome", "/plans", "/plans/reasoning", "/notes/reasoning-paradigm-shift"],
    study: ["/questions?sort=due", "/directions/reasoning", "/progress", "/questions/grpo-vs-ppo", "/drill?direction=reasoning&kind=checks&type=order"],
    mocks: ["/mock", `/mock/${open}`, `/mock/${done}/report`, `/mock/${quiz}`, `/mock/${quizDone}/report`],
    rounds: [`/mock/${round}`, `/mock/${roundDone}/report`],
    projects: ["/projects", `/projects/${project}`, `/projects/${project}/grill`, `/projects/${project}/print`, "/projects/takes/reasoning"],
  } };
}

// One test per language and group: a dozen axe scans in one test outgrow its minute on a 2-core machine.
const GROUPS = {
  home: "home, onboarding, plans with progress, a note",
  study: "the bank by due date, a direction, progress with calibration, a question with checks, a drill of checks",
  mocks: "mocks and their reports, quiz rounds",
  rounds: "a mock's project round and its report",
  projects: "projects, a story, a grill session, a print view, a direction take",
} as const;
for (const prefix of ["", "/en"]) {
  for (const [group, what] of Object.entries(GROUPS) as [keyof typeof GROUPS, string][]) {
    test(`the daily loop's pages — ${what} (${prefix || "/"})`, async ({ browser }) => {
      const { user, pages } = await candidateWithHistory();
      const { page, close } = await pageAs(browser, user);
      for (const path of pages[group]) await expectAccessible(page, `${prefix}${path}`);
      await close();
    });
  }
}

test("mentor, recruiter and admin pages", async ({ browser }) => {
  const mentor = await createUser("mentor");
  const candidate = await createUser("candidate", "Mentee");
  const cohortId = randomUUID();
  await e2eDb().cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: "A11y cohort", members: { create: [{ userId: candidate.id }] } } });
  // A thread with comments by both, so the edit and delete controls are checked too.
  const assignmentId = randomUUID();
  await e2eDb().assignment.create({ data: { id: assignmentId, cohortId, kind: "plan", planSlug: "reasoning", title: "A11y", items: [], note: "read", noteHtml: "<p>read</p>", dueDate: new Date("2030-01-15T00:00:00Z") } });
  await e2eDb().assignmentComment.createMany({ data: [mentor, candidate].map((u) => ({ id: randomUUID(), assignmentId, candidateId: candidate.id, authorId: u.id, body: "hi", bodyHtml: "<p>hi</p>" })) });
  const m = await pageAs(browser, mentor);
  for (const path of ["/mentor", `/mentor/cohorts/${cohortId}`, `/mentor/mentees/${candidate.id}`, "/recruiter", "/recruiter/finder?q=RLHF%20reward%20model", "/recruiter/directions/reasoning"]) await expectAccessible(m.page, path);
  await m.close();
  const c = await pageAs(browser, candidate);
  await expectAccessible(c.page, `/assignments/${assignmentId}`);
  await c.close();
  const admin = await createUser("admin");
  const a = await pageAs(browser, admin);
  for (const path of ["/admin", "/admin/users"]) await expectAccessible(a.page, path);
  await a.close();
});

test("a mentor's view of what a mentee shared: a project with comments and probes, a direction take", async ({ browser }) => {
  const mentor = await createUser("mentor");
  const candidate = await createUser("candidate", "Mentee");
  await e2eDb().cohort.create({ data: { id: randomUUID(), mentorId: mentor.id, name: "A11y shared", members: { create: [{ userId: candidate.id }] } } });
  // A project the mentee shared, with a comment.
  const projectId = randomUUID();
  await e2eDb().project.create({ data: { id: projectId, userId: candidate.id, directions: ["reasoning"], parts: { create: [{ field: "title", text: "共享项目", version: 1 }] }, shares: { create: [{ mentorId: mentor.id }] }, comments: { create: [{ id: randomUUID(), authorId: mentor.id, body: "补基线", bodyHtml: "<p>补基线</p>" }] }, mentorProbes: { create: [{ id: randomUUID(), authorId: mentor.id, question: "KL 系数怎么定的？", rubric: [{ source: "扫过的取值", html: "<p>扫过的取值</p>" }], redFlags: [] }] } } });
  // And a direction take they shared.
  await e2eDb().directionTake.create({ data: { userId: candidate.id, direction: "reasoning", text: "开放域奖励是瓶颈", html: "<p>开放域奖励是瓶颈</p>", version: 1, shares: { create: [{ mentorId: mentor.id }] } } });
  const m = await pageAs(browser, mentor);
  for (const path of [`/mentor/mentees/${candidate.id}`, `/mentor/projects/${projectId}`, `/mentor/takes/${candidate.id}/reasoning`, `/en/mentor/projects/${projectId}`]) await expectAccessible(m.page, path);
  await m.close();
});

test("review works on a phone: no sideways scrolling, grade buttons reachable", async ({ browser }) => {
  const user = await createUser();
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/review");
  await page.getByRole("button", { name: /显示答案/ }).tap();
  // Reachable means a thumb can grade: scrolled to if need be, on screen, and the grade is taken.
  const good = page.getByRole("button", { name: /^3 · 良好/ });
  await good.scrollIntoViewIfNeeded();
  await expect(good).toBeInViewport();
  const graded = page.waitForResponse((r) => r.url().endsWith("/api/review/grade"));
  await good.tap();
  expect((await graded).status()).toBe(200);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await context.close();
});

test("unknown pages get the localized not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});
