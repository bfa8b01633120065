/**
 * The project studio: a story written field by field and saved as typed, what an interviewer
 * will ask that it lacks (live), nothing lost on a reload, two stories of the same pipeline
 * flagged as repetition, and nobody else's eyes on any of it.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createUser, e2eDb, signInContext, type TestUser } from "./support/app";

async function signedIn(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  await signInContext(context, user);
  return context;
}

async function newProject(page: Page, title: string) {
  await page.goto("/projects");
  await page.getByLabel("项目名称").fill(title);
  await page.getByRole("checkbox", { name: "推理能力训练" }).check();
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]+$/);
  return page.url().split("/").pop()!;
}

/** Type into a field and wait until the server has it. */
async function write(page: Page, field: string, label: string, text: string) {
  await page.getByLabel(label, { exact: true }).fill(text);
  await expect(page.getByTestId(`story-${field}`).getByTestId("draft-status")).toHaveText("草稿已保存");
}

const APPROACH = "冷启动 SFT 之后用 GRPO 做 RLVR，而不是 PPO，因为省掉价值网络：每个 prompt 采样 8 条回答，规则奖励校验最终答案和格式，组内归一化优势，KL 惩罚约束到参考策略，课程学习从易到难。";

test("a story saved as typed shows what an interviewer will ask next, and a reload keeps every word", async ({ browser }) => {
  const user = await createUser("candidate", "Project Writer");
  const context = await signedIn(browser, user);
  const page = await context.newPage();
  const id = await newProject(page, "数学推理 RL");
  const gaps = page.getByTestId("story-gaps").locator("li");
  await expect(gaps).toHaveCount(6);

  await write(page, "approach", "做法（为什么这样设计）", APPROACH);
  await expect(page.getByTestId("story-gaps").locator('[data-kind="design"]')).toHaveCount(0); // the why is there now
  await write(page, "results", "结果（带数字和基线）", "pass@1 从 41.2% 到 48.5%，相比 SFT 基线提升 7.3 个点；消融：去掉格式奖励后下降 2.1%。");
  await write(page, "failures", "踩过的坑，以及怎么发现的", "第一版奖励只看最终答案，模型学会输出空推理；抽查两百条轨迹才发现，于是加了格式约束。");
  await expect(gaps).toHaveCount(1);
  await expect(gaps.first()).toHaveAttribute("data-kind", "next");

  await page.reload();
  await expect(page.getByLabel("做法（为什么这样设计）", { exact: true })).toHaveValue(APPROACH);
  await expect(page.getByTestId("story-gaps").locator("li")).toHaveCount(1);
  const parts = await e2eDb().projectPart.findMany({ where: { projectId: id }, orderBy: { field: "asc" } });
  expect(parts.map((p) => p.field)).toEqual(["approach", "failures", "results", "title"]);
  expect(parts.find((p) => p.field === "approach")!.html).toContain("GRPO");

  // A text over the Markdown limits is kept, and the page names the limits rather than guessing one.
  const deep = Array.from({ length: 30 }, (_, i) => `${"> ".repeat(i)}层`).join("\n");
  await write(page, "next", "下一步会做什么", deep);
  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "下一步会做什么" })).toContainText("8 层嵌套");
  await expect(page.getByLabel("下一步会做什么", { exact: true })).toHaveValue(deep);

  // The list says how far along it is.
  await page.goto("/projects");
  await expect(page.getByTestId("project-list")).toContainText("数学推理 RL");
  await expect(page.getByTestId("project-list")).toContainText("面试官常问的都写到了");
  await context.close();
});

test("two stories of the same pipeline on another dataset are flagged, with what they share", async ({ browser }) => {
  const user = await createUser("candidate", "Project Repeater");
  const context = await signedIn(browser, user);
  const page = await context.newPage();
  await newProject(page, "数学 GRPO");
  await write(page, "problem", "要解决的问题", "数学推理题上 7B 模型的 pass@1 偏低，长链推理经常中途放弃。");
  await write(page, "approach", "做法（为什么这样设计）", APPROACH);
  await newProject(page, "代码 GRPO");
  await write(page, "problem", "要解决的问题", "代码生成题上 7B 模型的 pass@1 偏低，长链推理经常中途放弃。");
  await write(page, "approach", "做法（为什么这样设计）", APPROACH.replace("规则奖励", "单元测试作为规则奖励"));
  await page.goto("/projects");
  const overlaps = page.getByTestId("overlaps").locator("li");
  await expect(overlaps).toHaveCount(1);
  await expect(overlaps.first()).toContainText("「代码 GRPO」和「数学 GRPO」");
  await expect(overlaps.first()).toContainText("grpo");
  await context.close();
});

test("a project is its owner's alone, and deleting it asks first", async ({ browser }) => {
  const owner = await createUser("candidate", "Project Owner");
  const other = await createUser("mentor", "Project Snoop");
  const ownerContext = await signedIn(browser, owner);
  const page = await ownerContext.newPage();
  const id = await newProject(page, "私密项目");
  const otherContext = await signedIn(browser, other);
  const snoop = await otherContext.newPage();
  expect((await snoop.goto(`/projects/${id}`))!.status()).toBe(404);
  const write = await snoop.request.post("/api/projects/part", { data: { projectId: id, field: "problem", draft: "x", baseVersion: 0 }, headers: { origin: new URL(snoop.url()).origin } });
  expect(write.status()).toBe(404);
  expect((await snoop.request.get(`/api/projects/${id}/markdown`)).status()).toBe(404);
  expect((await snoop.goto(`/projects/${id}/print`))!.status()).toBe(404);

  await page.getByText("删除项目", { exact: true }).first().click(); // opens the question
  await page.getByRole("button", { name: "删除项目" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByText("还没有项目。")).toBeVisible();
  expect(await e2eDb().project.count({ where: { id } })).toBe(0);
  await ownerContext.close();
  await otherContext.close();
});

test("grill me: three probes on the project, the story's gaps first, each answered, checked against its rubric and graded by keyboard", async ({ browser }) => {
  const user = await createUser("candidate", "Project Griller");
  const context = await signedIn(browser, user);
  const page = await context.newPage();
  const id = await newProject(page, "推理 RL 项目");
  // The story says why and has numbers, a baseline and an ablation: its failure is what is missing.
  await write(page, "approach", "做法（为什么这样设计）", APPROACH);
  await write(page, "results", "结果（带数字和基线）", "pass@1 从 41.2% 到 48.5%，相比 SFT 基线提升 7.3 个点；消融：去掉格式奖励后下降 2.1%。");
  await page.getByRole("link", { name: "开始深挖（grill me）" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${id}/grill$`));

  const kinds: string[] = [];
  for (let n = 1; n <= 3; n++) {
    await expect(page.getByTestId("grill-position")).toHaveText(`第 ${n} / 3 问`);
    const probeId = await page.locator("[data-probe-id]").getAttribute("data-probe-id");
    kinds.push((await e2eDb().probe.findUniqueOrThrow({ where: { id: probeId! } })).kind);
    await page.getByLabel("你的回答").fill(`第 ${n} 问的回答`);
    await page.getByRole("button", { name: "对照要点" }).press("Enter");
    await page.getByTestId("grill-card").getByRole("checkbox").first().press("Space");
    await page.getByRole("button", { name: "困难" }).press("Enter"); // one point of several: the rubric suggests Again or Hard
    if (n < 3) await expect(page.getByTestId("grill-position")).toHaveText(`第 ${n + 1} / 3 问`);
  }
  await expect(page.getByTestId("grill-done")).toContainText("这一轮 3 问答完了");
  expect(kinds[0]).toBe("failure");
  const logs = await e2eDb().projectProbeLog.findMany({ where: { projectId: id }, orderBy: { reviewedAt: "asc" } });
  expect(logs.map((l) => [l.rating, l.answer, l.checkedPoints])).toEqual([1, 2, 3].map((n) => [2, `第 ${n} 问的回答`, [0]]));
  // Another round asks new probes: those just graded wait for their day.
  await page.getByRole("link", { name: "再来一轮" }).click();
  const next = await page.locator("[data-probe-id]").getAttribute("data-probe-id");
  expect(logs.map((l) => l.probeId)).not.toContain(next);

  // The project and its prepared answers, printable and as Markdown to take away.
  await page.goto(`/projects/${id}/print`);
  await expect(page.getByRole("heading", { name: "准备过的追问" })).toBeVisible();
  await expect(page.getByText("第 2 问的回答")).toBeVisible();
  const markdown = await page.request.get(`/api/projects/${id}/markdown`);
  expect(markdown.headers()["content-disposition"]).toMatch(/^attachment; filename="project-[0-9a-f]{8}\.md"$/);
  const text = await markdown.text();
  expect(text.startsWith("# 推理 RL 项目\n")).toBe(true);
  expect(text).toContain("## 准备过的追问");
  expect(text).toContain("第 3 问的回答");
  await context.close();
});

test("a take on a direction: prompted by its sub-topics, saved as typed, listed as written", async ({ browser }) => {
  const user = await createUser("candidate", "Direction Taker");
  const context = await signedIn(browser, user);
  const page = await context.newPage();
  await newProject(page, "推理项目");
  await page.goto("/projects");
  await expect(page.getByTestId("takes").locator("li")).toHaveCount(1); // only the direction the project targets
  await page.getByTestId("takes").getByRole("link", { name: "推理能力训练" }).click();
  await expect(page.getByRole("heading", { name: "方向判断：推理能力训练" })).toBeVisible();
  await expect(page.getByRole("complementary")).toContainText("开放域推理的奖励设计");
  await page.getByLabel("你的判断").fill("RLVR 已是标配，差距拉在开放域奖励和长链稳定性上；我的项目在过程奖励这一块。");
  await expect(page.getByTestId("draft-status")).toHaveText("草稿已保存");
  await page.reload();
  await expect(page.getByLabel("你的判断")).toHaveValue(/过程奖励这一块/);
  await page.goto("/projects");
  await expect(page.getByTestId("takes")).toContainText("已写");
  await context.close();
});

test("shared with a mentor: the mentor reads and comments, the candidate reads the comment, unsharing refuses the mentor at once; recruiters never see it", async ({ browser }) => {
  const candidate = await createUser("candidate", "Sharing Candidate");
  const mentor = await createUser("mentor", "Mentor Sun");
  const recruiter = await createUser("recruiter", "Recruiter Ma");
  await e2eDb().cohort.create({ data: { id: randomUUID(), mentorId: mentor.id, name: "share cohort", members: { create: [{ userId: candidate.id }] } } });
  const c = await (await signedIn(browser, candidate)).newPage();
  const id = await newProject(c, "共享的项目");
  await write(c, "approach", "做法（为什么这样设计）", APPROACH);
  await c.getByRole("combobox", { name: "导师" }).selectOption({ label: "Mentor Sun" });
  await c.getByRole("button", { name: "分享", exact: true }).click();
  await expect(c.getByTestId("shares")).toContainText("已分享给 Mentor Sun");

  const m = await (await signedIn(browser, mentor)).newPage();
  await m.goto(`/mentor/mentees/${candidate.id}`);
  await m.getByTestId("shared-projects").getByRole("link", { name: "共享的项目" }).click();
  await expect(m).toHaveURL(new RegExp(`/mentor/projects/${id}$`));
  await expect(m.getByText("Sharing Candidate 的项目（只读）")).toBeVisible();
  await expect(m.getByRole("main")).toContainText("组内归一化优势");
  await m.getByLabel("写评论（支持 Markdown）").fill("基线只写了 SFT，**补一个 PPO 基线**再来。");
  await m.getByRole("button", { name: "发表" }).click();
  await expect(m.getByTestId("comments")).toContainText("补一个 PPO 基线");

  // The mentor's own probe: the candidate's next grill asks it first.
  await m.getByLabel("问题（按你会问的方式写）").fill("PPO 基线的 KL 系数是怎么定的？");
  await m.getByLabel("好的回答会讲到（每行一条）").fill("- 扫过哪些取值\n- 为什么最后选这个");
  await m.getByRole("button", { name: "添加追问" }).click();
  await expect(m.getByTestId("mentor-probes")).toContainText("为什么最后选这个");

  await c.reload();
  await expect(c.getByTestId("comments")).toContainText("Mentor Sun");
  await expect(c.getByTestId("comments").locator("strong")).toHaveText("补一个 PPO 基线");
  await expect(c.getByTestId("mentor-probes")).toContainText("PPO 基线的 KL 系数是怎么定的？");
  await c.goto(`/projects/${id}/grill`);
  await expect(c.getByRole("heading", { level: 2, name: "PPO 基线的 KL 系数是怎么定的？" })).toBeVisible();
  await expect(c.getByTestId("probe-by")).toHaveText("Mentor Sun 添加");
  await c.goto(`/projects/${id}`);
  const r = await (await signedIn(browser, recruiter)).newPage();
  expect((await r.goto(`/mentor/projects/${id}`))!.status()).toBe(403);
  expect((await r.goto(`/projects/${id}`))!.status()).toBe(404);

  await c.getByRole("button", { name: "取消分享" }).click();
  // The row goes (its form with it) and the mentor is back in the list to share with.
  await expect(c.getByTestId("shares")).toHaveCount(0);
  await expect(c.getByRole("combobox", { name: "导师" })).toContainText("Mentor Sun");
  expect((await m.goto(`/mentor/projects/${id}`))!.status()).toBe(404);
  await m.goto(`/mentor/mentees/${candidate.id}`);
  await expect(m.getByTestId("shared-projects")).toHaveCount(0);
  // What the mentor gave stays with the candidate.
  await c.reload();
  await expect(c.getByTestId("mentor-probes")).toContainText("PPO 基线的 KL 系数是怎么定的？");
});

test("a direction take shared with a mentor: read and commented on, the reply read, then unshared and refused", async ({ browser }) => {
  const candidate = await createUser("candidate", "Take Sharer");
  const mentor = await createUser("mentor", "Mentor Qian");
  await e2eDb().cohort.create({ data: { id: randomUUID(), mentorId: mentor.id, name: "take cohort", members: { create: [{ userId: candidate.id }] } } });
  const c = await (await signedIn(browser, candidate)).newPage();
  await c.goto("/projects/takes/reasoning");
  await c.getByLabel("你的判断").fill("RLVR 已是标配，卡在开放域奖励；下一步是过程奖励和更长的推理链。");
  await expect(c.getByTestId("draft-status")).toHaveText("草稿已保存");
  await c.getByRole("combobox", { name: "导师" }).selectOption({ label: "Mentor Qian" });
  await c.getByRole("button", { name: "分享", exact: true }).click();
  await expect(c.getByTestId("shares")).toContainText("已分享给 Mentor Qian");

  const m = await (await signedIn(browser, mentor)).newPage();
  await m.goto(`/mentor/mentees/${candidate.id}`);
  await m.getByTestId("shared-takes").getByRole("link", { name: "方向判断：推理能力训练" }).click();
  await expect(m).toHaveURL(new RegExp(`/mentor/takes/${candidate.id}/reasoning$`));
  await expect(m.getByRole("main")).toContainText("卡在开放域奖励");
  await m.getByLabel("写评论（支持 Markdown）").fill("说说**谁**在做过程奖励，别只列名词。");
  await m.getByRole("button", { name: "发表" }).click();
  await expect(m.getByTestId("comments")).toContainText("别只列名词");

  await c.reload();
  await expect(c.getByTestId("comments").locator("strong")).toHaveText("谁");
  await c.getByRole("button", { name: "取消分享" }).click();
  await expect(c.getByTestId("shares")).toHaveCount(0);
  expect((await m.goto(`/mentor/takes/${candidate.id}/reasoning`))!.status()).toBe(404);
  await m.goto(`/mentor/mentees/${candidate.id}`);
  await expect(m.getByTestId("shared-takes")).toHaveCount(0);
});

test("a mock with a project round: three probes on a chosen project under the clock, in the report with the answers, misses back in its grill", async ({ browser }) => {
  const user = await createUser("candidate", "Round Taker");
  const page = await (await signedIn(browser, user)).newPage();
  const id = await newProject(page, "轮次项目");
  await page.goto("/mock");
  for (const level of ["L1", "L2", "L3"]) await page.getByLabel(level).fill("0");
  await page.getByRole("combobox", { name: "项目轮" }).selectOption({ label: "轮次项目" });
  await page.getByLabel("追问数").fill("3");
  await page.getByRole("button", { name: "开始模拟面试" }).click();
  await expect(page).toHaveURL(/\/mock\/[0-9a-f-]+$/);
  const asked: string[] = [];
  for (let i = 0; i < 3; i++) {
    await expect(page.getByText(`第 ${i + 1} / 3 题`)).toBeVisible();
    await expect(page.getByTestId("project-round")).toHaveText("项目轮：轮次项目");
    asked.push(await page.getByRole("heading", { level: 1 }).innerText());
    await page.getByLabel("你的回答").fill(`项目回答 ${i}`);
    await expect(page.getByTestId("draft-status")).toHaveText("草稿已保存");
    await page.getByRole("button", { name: "提交回答" }).click();
    // The first probe gets every rubric point; the others one each.
    const boxes = page.locator("input[name=checked]");
    await expect(boxes.first()).toBeVisible();
    if (i === 0) for (const box of await boxes.all()) await box.check();
    else await boxes.first().check();
    await page.getByRole("button", { name: "提交自评，下一题" }).click();
  }
  await expect(page).toHaveURL(/\/report$/);
  const reportUrl = page.url();
  await expect(page.getByRole("heading", { name: "项目轮：轮次项目" })).toBeVisible();
  const probes = page.getByTestId("report-probe");
  await expect(probes).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await expect(probes.nth(i).getByRole("heading", { level: 3 })).toHaveText(asked[i]!);
    await expect(probes.nth(i).getByTestId("report-answer")).toHaveText(`项目回答 ${i}`);
  }
  await expect(probes.first()).toContainText("100%");
  await page.getByRole("button", { name: "把答漏的 2 题加入复习" }).click();
  // Graded Again on the project: due within minutes, like a lapsed card (projects.test checks the grill order).
  for (const i of [1, 2]) await expect(probes.nth(i)).toContainText("已回到项目拷问");
  await expect(probes.first()).not.toContainText("已回到项目拷问");
  await page.getByRole("link", { name: "拷问这个项目" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${id}/grill$`));
  // The project deleted, the report keeps the round's questions and answers.
  await page.goto(`/projects/${id}`);
  await page.getByText("删除项目", { exact: true }).first().click();
  await page.getByRole("button", { name: "删除项目" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await page.goto(reportUrl);
  await expect(page.getByText("这个项目已删除；回答仍保留在这里。")).toBeVisible();
  await expect(probes).toHaveCount(3);
  await expect(probes.nth(2).getByTestId("report-answer")).toHaveText("项目回答 2");
});

