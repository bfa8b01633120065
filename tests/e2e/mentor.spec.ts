import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { createUser, e2eDb, signInContext } from "./support/app";

test("mentor cohort: invite, join, assign a plan, review, dashboard, comments both ways, leave", async ({ browser }) => {
  test.setTimeout(180_000);
  const mentor = await createUser("mentor", "Mentor Mei");
  const candidate = await createUser("candidate", "Candidate Chen");
  const mentorContext = await browser.newContext();
  await signInContext(mentorContext, mentor);
  const m = await mentorContext.newPage();
  const candidateContext = await browser.newContext();
  await signInContext(candidateContext, candidate);
  const c = await candidateContext.newPage();

  // Mentor creates a cohort and an invite link.
  await m.goto("/mentor");
  await m.getByLabel("小组名称").fill("2026 秋招冲刺");
  await m.getByRole("button", { name: "创建" }).click();
  await m.getByRole("link", { name: "2026 秋招冲刺" }).click();
  await m.waitForURL(/\/mentor\/cohorts\/[0-9a-f-]+$/);
  const cohortUrl = m.url();
  await m.getByRole("button", { name: "生成邀请链接" }).click();
  const link = await m.getByTestId("invite-link").innerText();
  expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{20,}$/);

  // Candidate opens it, reads what the mentor will see, confirms.
  await c.goto(new URL(link).pathname);
  await expect(c.getByText("加入后，导师可以看到")).toBeVisible();
  await c.getByRole("button", { name: "确认加入" }).click();
  // Not yet studying: onboarding comes next.
  await expect(c).toHaveURL(/\/welcome$/);

  // Mentor assigns the reasoning plan with a due date and a note.
  await m.goto(cohortUrl);
  await expect(m.getByRole("link", { name: "Candidate Chen" })).toBeVisible();
  await m.getByLabel("截止日期").fill("2030-01-15");
  await m.getByLabel("给学员的说明（Markdown）").fill("先把 **L1** 过一遍");
  await m.getByRole("button", { name: "布置", exact: true }).click();
  await expect(m.getByText("任务已布置。")).toBeVisible();

  // The candidate sees it with its due date, and its questions lead the new cards.
  await c.goto("/study");
  await expect(c.getByRole("link", { name: /推理|Reasoning/ }).last()).toBeVisible();
  await expect(c.getByText("截止 2030年1月15日周二")).toBeVisible();
  await c.goto("/review");
  for (let i = 0; i < 3; i++) {
    await c.getByRole("button", { name: /显示答案/ }).click();
    const graded = c.waitForResponse((r) => r.url().endsWith("/api/review/grade"));
    await c.getByRole("button", { name: /^3 · 良好/ }).click();
    expect((await graded).status()).toBe(200);
  }

  // The dashboard shows the reviews; a comment thread works both ways.
  await m.goto(cohortUrl);
  const row = m.getByRole("row").filter({ hasText: "Candidate Chen" });
  await expect(row.getByRole("cell").nth(1)).toHaveText("3");
  await row.getByRole("link", { name: "Candidate Chen" }).click();
  await m.waitForURL(/\/mentor\/mentees\//);
  await m.getByLabel("写评论（Markdown）").fill("GRPO 的 **std=0** 情况再看一下");
  await m.getByRole("button", { name: "发表" }).click();
  await expect(m.getByTestId("comment").filter({ hasText: "std=0" })).toBeVisible();

  // The candidate sees that something new is waiting, and the badge leads to the thread.
  await c.goto("/study");
  await c.getByTestId("unread-badge").filter({ hasText: "1 条新留言" }).click();
  await expect(c).toHaveURL(/\/assignments\/[0-9a-f-]+#thread$/);
  await expect(c.getByTestId("comment").filter({ hasText: "std=0" })).toBeVisible();
  await expect(c.getByTestId("comment").filter({ hasText: "std=0" }).getByText("新", { exact: true })).toBeVisible();
  await expect(c.locator("strong", { hasText: "std=0" })).toBeVisible(); // Markdown rendered
  await c.getByLabel("写评论（Markdown）").fill("收到，已补上");
  await c.getByRole("button", { name: "发表" }).click();
  // The post is saved once it shows in the candidate's own thread; reloading before that races it.
  await expect(c.getByTestId("comment").filter({ hasText: "收到，已补上" })).toBeVisible();
  await c.goto("/study");
  await expect(c.getByTestId("unread-badge")).toHaveCount(0);
  // The mentor sees the reply waiting on the cohort and on the mentee's row, which opens the thread.
  await m.goto("/mentor");
  await expect(m.getByTestId("unread-badge")).toHaveText("1 条新留言");
  await m.goto(cohortUrl);
  await m.getByRole("row").filter({ hasText: "Candidate Chen" }).getByTestId("unread-badge").click();
  await expect(m).toHaveURL(/\/mentor\/mentees\/[^#]+#thread-[0-9a-f-]+$/);
  await expect(m.getByTestId("comment").filter({ hasText: "收到，已补上" })).toBeVisible();
  await m.goto("/mentor");
  await expect(m.getByTestId("unread-badge")).toHaveCount(0);
  await m.goBack();

  // Leaving revokes the mentor's view at once.
  const menteeUrl = m.url().replace(/#.*$/, "");
  await c.goto("/study");
  await c.getByText("离开小组", { exact: true }).first().click();
  await expect(c.getByText("退出后，Mentor Mei 不再能看到你的学习数据")).toBeVisible();
  await c.getByRole("button", { name: "离开小组" }).click();
  await expect(c.getByRole("heading", { name: "我加入的小组" })).toBeHidden();
  const after = await m.goto(menteeUrl);
  expect(after?.status()).toBe(403);
  await m.goto(cohortUrl);
  await expect(m.getByText("还没有学员")).toBeVisible();
  await mentorContext.close();
  await candidateContext.close();
});

test("a mentor builds a custom track from the bank by keyboard; the mentee sees it in that order", async ({ browser }) => {
  const mentor = await createUser("mentor", "Mentor Tang");
  const candidate = await createUser("candidate", "Candidate Lu");
  const cohortId = randomUUID();
  await e2eDb().cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: "track cohort", members: { create: [{ userId: candidate.id }] } } });
  const mentorContext = await browser.newContext();
  await signInContext(mentorContext, mentor);
  const m = await mentorContext.newPage();
  await m.goto(`/mentor/cohorts/${cohortId}`);

  await m.getByRole("radio", { name: "自定义题单" }).check();
  await m.getByLabel("标题（题单必填）").fill("GRPO 专项");
  const search = m.getByLabel("搜索题目或笔记（标题、id、方向）");
  // Add a question, then a note, by keyboard: type, Tab to the result's button, Enter.
  await search.focus();
  await m.keyboard.type("grpo-vs-ppo");
  await m.keyboard.press("Enter"); // must not submit the form
  await m.keyboard.press("Tab");
  await expect(m.getByRole("button", { name: "加入: GRPO 和 PPO 的主要区别是什么？" })).toBeFocused();
  await m.keyboard.press("Enter");
  await search.fill("");
  await search.focus();
  await m.keyboard.type("ppo-to-grpo");
  await m.keyboard.press("Tab");
  await m.keyboard.press("Enter");
  await expect(m.getByText("已选 2 项")).toBeVisible();
  // The note goes first: move it up by keyboard.
  const up = m.getByRole("button", { name: /^上移: 从 PPO 到 GRPO/ });
  await up.focus();
  await m.keyboard.press("Enter");
  await expect(m.getByTestId("track-chosen").getByRole("listitem").first()).toContainText("从 PPO 到 GRPO");
  await expect(up).toHaveAttribute("aria-disabled", "true"); // first now: announced as unavailable…
  await expect(up).toBeFocused(); // …yet keyboard focus stays on it
  await m.keyboard.press("Enter"); // a no-op at the top
  await expect(m.getByTestId("track-chosen").getByRole("listitem").first()).toContainText("从 PPO 到 GRPO");
  // Down to the bottom and back up again: focus stays with the moved item's buttons.
  const down = m.getByRole("button", { name: /^下移: 从 PPO 到 GRPO/ });
  await down.focus();
  await m.keyboard.press("Enter");
  await expect(m.getByTestId("track-chosen").getByRole("listitem").last()).toContainText("从 PPO 到 GRPO");
  await expect(down).toBeFocused();
  await m.keyboard.press("Shift+Tab"); // to its ↑ button
  await m.keyboard.press("Enter");
  await expect(m.getByTestId("track-chosen").getByRole("listitem").first()).toContainText("从 PPO 到 GRPO");
  await expect(up).toBeFocused();
  await search.fill("GRPO");
  const axe = await new AxeBuilder({ page: m }).analyze(); // the builder with results and a chosen list
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await m.getByLabel("截止日期").fill("2030-02-01");
  await m.getByRole("button", { name: "布置", exact: true }).click();
  await expect(m.getByText("任务已布置。")).toBeVisible();
  await expect(m.getByText("还没有选择任何内容。")).toBeVisible(); // the builder cleared with the form

  const candidateContext = await browser.newContext();
  await signInContext(candidateContext, candidate);
  const c = await candidateContext.newPage();
  await c.goto("/study");
  await c.getByRole("link", { name: "GRPO 专项" }).click();
  const items = c.getByRole("main").getByRole("listitem");
  await expect(items.nth(0)).toContainText("从 PPO 到 GRPO");
  await expect(items.nth(1)).toContainText("GRPO 和 PPO 的主要区别是什么？");
  await mentorContext.close();
  await candidateContext.close();
});

test("a candidate starts a plan with a target date and sees its progress and next step", async ({ browser }) => {
  const user = await createUser();
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/plans/reasoning");
  const target = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("面试日期（可选）").fill(target);
  await page.getByRole("button", { name: "开始这个计划" }).click();
  await expect(page.getByText("状态: 进行中")).toBeVisible();
  await expect(page.getByTestId("plan-next")).toContainText("读「推理范式与测试时算力入门」的下一篇笔记");
  // Interview-date mode is now on for review.
  await page.goto("/review");
  await expect(page.getByText(/距面试还有 \d+ 天/)).toBeVisible();
  await page.goto("/plans/reasoning");
  await page.getByRole("button", { name: "暂停" }).click();
  await expect(page.getByText("状态: 已暂停")).toBeVisible();
  await context.close();
});

test("the field finder ranks fields for a Chinese description and offers talk tracks to copy", async ({ browser }) => {
  const recruiter = await createUser("recruiter");
  const context = await browser.newContext();
  await signInContext(context, recruiter);
  const page = await context.newPage();
  await page.goto("/recruiter/finder");
  await page.getByLabel("候选人的研究方向").fill("我的博士课题是代码生成和程序修复");
  await page.getByRole("button", { name: "查找" }).click();
  const first = page.getByTestId("field-match").first();
  await expect(first.getByRole("heading")).toContainText("代码");
  await expect(first.getByText("代码生成").first()).toBeVisible();
  await expect(first.getByRole("button", { name: "复制" }).first()).toBeVisible();
  await page.goto("/recruiter/directions/code-agent");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("10.");
  await context.close();
});

test("an invitee without an account learns who invited them to what, signs up first, and joins", async ({ page }) => {
  const mentor = await createUser("mentor", "Mentor Qin");
  const cohortId = randomUUID();
  await e2eDb().cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: "春招小组" } });
  const token = `invite-${randomUUID()}`;
  const { hashInviteToken } = await import("../../lib/mentor/invite");
  await e2eDb().cohortInvite.create({ data: { id: randomUUID(), cohortId, tokenHash: hashInviteToken(token), expiresAt: new Date(Date.now() + 86_400_000) } });

  await page.goto(`/join/${token}`);
  await expect(page.getByText("Mentor Qin 邀请你加入「春招小组」。")).toBeVisible();
  await expect(page.getByText("加入后，导师可以看到")).toBeVisible();
  await page.getByRole("link", { name: "先注册，再加入" }).click();
  const email = `invitee-${Date.now()}@example.test`;
  await page.getByLabel("名字").fill("受邀同学");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill("a-long-password-1");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(new RegExp(`/join/${token}$`));
  await page.getByRole("button", { name: "确认加入" }).click();
  await expect(page).toHaveURL(/\/welcome$/);
  const user = await e2eDb().user.findUniqueOrThrow({ where: { email } });
  expect(await e2eDb().cohortMember.count({ where: { cohortId, userId: user.id } })).toBe(1);
});

test("an unknown invite link says so to anyone, without asking to sign in", async ({ page }) => {
  const response = await page.goto("/join/not-a-real-token-at-all-0000");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("邀请链接无效。")).toBeVisible();
});
