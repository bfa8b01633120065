/**
 * What people write in assignment threads: rendered once when written, refused with a reason
 * when over a limit, editable and deletable by its author — and no text can take a page down.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { createUser, e2eDb, signInContext, type TestUser } from "./support/app";

async function cohortWithAssignment() {
  const mentor = await createUser("mentor", "Mentor Mark");
  const candidate = await createUser("candidate", "Candidate Kim");
  const db = e2eDb();
  const cohortId = randomUUID();
  const assignmentId = randomUUID();
  await db.cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: "Markdown", members: { create: [{ userId: candidate.id }] } } });
  await db.assignment.create({ data: { id: assignmentId, cohortId, kind: "plan", planSlug: "reasoning", title: "Read", items: [], note: "", noteHtml: "", dueDate: new Date("2030-01-15T00:00:00Z") } });
  return { mentor, candidate, cohortId, assignmentId };
}

async function pageAs(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  await signInContext(context, user);
  return context.newPage();
}

test("text over a limit is refused with the reason, and the page stays up", async ({ browser }) => {
  const { candidate, assignmentId } = await cohortWithAssignment();
  const page = await pageAs(browser, candidate);
  await page.goto(`/assignments/${assignmentId}`);
  const box = page.getByLabel("写评论（Markdown）");
  for (const [text, reason] of [
    [">".repeat(3000), "引用或列表嵌套太深（最多 8 层）"],
    ["- ".repeat(2000) + "x", "引用或列表嵌套太深（最多 8 层）"],
    [Array.from({ length: 21 }, (_, i) => `$x_${i}$`).join(" "), "公式太多（最多 20 个）"],
    [`$${"\\sqrt{".repeat(30)}x${"}".repeat(30)}$`, "公式太长或嵌套太深"],
  ] as const) {
    await box.fill(text);
    await page.getByRole("button", { name: "发表" }).click();
    await expect(page.getByText(reason).first()).toBeVisible();
    // What was typed stays in the box to be fixed.
    await expect(box).toHaveValue(text);
  }
  expect(await e2eDb().assignmentComment.count({ where: { assignmentId } })).toBe(0);
  expect((await page.reload())?.status()).toBe(200);
  await page.context().close();
});

test("a row stored before rendering-at-write (a nesting bomb) shows as text instead of a 500", async ({ browser }) => {
  const { mentor, candidate, assignmentId } = await cohortWithAssignment();
  await e2eDb().assignmentComment.create({ data: { id: randomUUID(), assignmentId, candidateId: candidate.id, authorId: candidate.id, body: ">".repeat(3000) } });
  for (const [user, path] of [[candidate, `/assignments/${assignmentId}`], [mentor, `/mentor/mentees/${candidate.id}`]] as const) {
    const page = await pageAs(browser, user);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByTestId("comment").first()).toContainText(">>>>");
    await page.context().close();
  }
});

test("authors edit and delete their own comments; the mentor can delete any in the thread", async ({ browser }) => {
  const { mentor, candidate, assignmentId } = await cohortWithAssignment();
  const c = await pageAs(browser, candidate);
  await c.goto(`/assignments/${assignmentId}`);
  await c.getByLabel("写评论（Markdown）").fill("第一版：**PPO** 的 clip");
  await c.getByRole("button", { name: "发表" }).click();
  const mine = c.getByTestId("comment").filter({ hasText: "第一版" });
  await expect(mine.locator("strong", { hasText: "PPO" })).toBeVisible();

  await mine.getByText("编辑").click();
  await mine.getByLabel("写评论（Markdown）").fill("第二版：$\\epsilon$ 取 0.2");
  await mine.getByRole("button", { name: "保存修改" }).click();
  const edited = c.getByTestId("comment").filter({ hasText: "第二版" });
  await expect(edited.locator(".katex")).toBeVisible();
  await expect(edited).toContainText("已编辑");

  // The mentor replies; the candidate may not edit or delete the mentor's comment.
  const m = await pageAs(browser, mentor);
  await m.goto(`/mentor/mentees/${candidate.id}`);
  await m.getByLabel("写评论（Markdown）").fill("导师的回复");
  await m.getByRole("button", { name: "发表" }).click();
  await expect(m.getByTestId("comment").filter({ hasText: "导师的回复" })).toBeVisible();
  await c.reload();
  const theirs = c.getByTestId("comment").filter({ hasText: "导师的回复" });
  await expect(theirs.getByText("编辑")).toHaveCount(0);
  await expect(theirs.getByText("删除")).toHaveCount(0);

  // The mentor moderates: deletes the candidate's comment after confirming.
  await m.reload();
  const target = m.getByTestId("comment").filter({ hasText: "第二版" });
  await target.locator("summary", { hasText: "删除" }).click();
  await target.getByRole("button", { name: "删除" }).click();
  await expect(m.getByTestId("comment").filter({ hasText: "第二版" })).toHaveCount(0);
  expect(await e2eDb().assignmentComment.count({ where: { assignmentId } })).toBe(1);
  await c.context().close();
  await m.context().close();
});

test("a mentor edits an assignment's note and due date, then deletes it", async ({ browser }) => {
  const { mentor, candidate, cohortId, assignmentId } = await cohortWithAssignment();
  const m = await pageAs(browser, mentor);
  await m.goto(`/mentor/cohorts/${cohortId}`);
  const row = m.getByRole("listitem").filter({ hasText: "Read" }).filter({ has: m.locator("summary") });
  await row.locator("summary", { hasText: "编辑" }).click();
  await row.getByLabel("截止日期").fill("2030-02-20");
  await row.getByLabel("给学员的说明（Markdown）").fill("先读 *GRPO* 笔记");
  await row.getByRole("button", { name: "保存修改" }).click();
  await expect(m.getByText("任务已更新。")).toBeVisible();

  const c = await pageAs(browser, candidate);
  await c.goto(`/assignments/${assignmentId}`);
  await expect(c.getByText(/截止 2030年2月20日/)).toBeVisible();
  await expect(c.locator("em", { hasText: "GRPO" })).toBeVisible();

  await m.reload();
  const again = m.getByRole("listitem").filter({ hasText: "Read" }).filter({ has: m.locator("summary") });
  await again.locator("summary", { hasText: "删除" }).click();
  await again.getByRole("button", { name: "删除" }).click();
  // The row goes, and the candidate's page with it.
  await expect(m.getByRole("listitem").filter({ hasText: "Read" }).filter({ has: m.locator("summary") })).toHaveCount(0);
  expect((await c.goto(`/assignments/${assignmentId}`))?.status()).toBe(404);
  await c.context().close();
  await m.context().close();
});
