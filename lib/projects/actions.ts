"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { AuthError, assertOwner, type CurrentUser } from "@/lib/auth";
import { defineAction } from "@/lib/actions/define";
import { fail } from "@/lib/actions/result";
import { createProjectSchema, mentorProbeRefSchema, mentorProbeSchema, projectCommentSchema, projectDirectionsSchema, projectRefSchema, shareSchema } from "./schema";
import { mentorsOf, projectReader } from "./access";

/** Directions that exist; anything else in the form is dropped. */
async function knownDirections(slugs: string[]): Promise<string[]> {
  const rows = await db.direction.findMany({ where: { slug: { in: slugs }, retiredAt: null }, select: { slug: true }, orderBy: { order: "asc" } });
  return rows.map((r) => r.slug);
}

/** Whether the project exists; someone else's is refused (AuthError), as for mocks. */
async function ownProject(user: CurrentUser, projectId: string): Promise<boolean> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { userId: true } });
  if (!project) return false;
  assertOwner(user, project.userId);
  return true;
}

export const createProject = defineAction({
  access: "signed-in",
  schema: createProjectSchema,
  multi: ["directions"],
  async run({ title, directions }, { user }) {
    const id = randomUUID();
    await db.project.create({
      data: { id, userId: user.id, directions: await knownDirections(directions), parts: { create: [{ field: "title", text: title, version: 1 }] } },
    });
    return redirect({ href: `/projects/${id}`, locale: await getLocale() });
  },
});

export const setProjectDirections = defineAction({
  access: "signed-in",
  schema: projectDirectionsSchema,
  multi: ["directions"],
  async run({ projectId, directions }, { user, t }) {
    if (!(await ownProject(user, projectId))) return fail("not_found", t("notFound"));
    await db.project.update({ where: { id: projectId }, data: { directions: await knownDirections(directions) } });
    revalidatePath("/[locale]/projects/[id]", "page");
    return { ok: true, message: t("saved") };
  },
});

export const deleteProject = defineAction({
  access: "signed-in",
  schema: projectRefSchema,
  async run({ projectId }, { user, t }) {
    if (!(await ownProject(user, projectId))) return fail("not_found", t("notFound"));
    await db.project.delete({ where: { id: projectId } });
    return redirect({ href: "/projects", locale: await getLocale() });
  },
});

/** Show a project to one of the owner's cohort mentors. */
export const shareProject = defineAction({
  access: "signed-in",
  schema: shareSchema,
  async run({ projectId, mentorId }, { user, t }) {
    if (!(await ownProject(user, projectId))) return fail("not_found", t("notFound"));
    if (!(await mentorsOf(db, user.id)).some((m) => m.id === mentorId)) return fail("invalid", t("checkFields"), { mentorId: [t("notYourMentor")] });
    await db.projectShare.upsert({ where: { projectId_mentorId: { projectId, mentorId } }, create: { projectId, mentorId }, update: {} });
    revalidatePath("/[locale]/projects/[id]", "page");
    return { ok: true, message: t("projectShared") };
  },
});

/** Stop showing it: the mentor's next request is refused. */
export const unshareProject = defineAction({
  access: "signed-in",
  schema: shareSchema,
  async run({ projectId, mentorId }, { user, t }) {
    if (!(await ownProject(user, projectId))) return fail("not_found", t("notFound"));
    await db.projectShare.deleteMany({ where: { projectId, mentorId } });
    revalidatePath("/[locale]/projects/[id]", "page");
    return { ok: true, message: t("projectUnshared") };
  },
});

/** A comment on a project, by its owner or a mentor it is shared with. */
export const addProjectComment = defineAction({
  access: "signed-in",
  schema: projectCommentSchema,
  async run({ projectId, body }, { user, t }) {
    const reader = await projectReader(db, user.id, projectId);
    if (!reader) throw new AuthError("forbidden");
    await db.projectComment.create({ data: { id: randomUUID(), projectId, authorId: user.id, body: body.source, bodyHtml: body.html } });
    revalidatePath("/[locale]/projects/[id]", "page");
    revalidatePath("/[locale]/mentor/projects/[id]", "page");
    return { ok: true, message: t("commentPosted") };
  },
});

/** A probe of the mentor's own on a project shared with them: the candidate's next grill asks it first. */
export const addMentorProbe = defineAction({
  access: "signed-in",
  schema: mentorProbeSchema,
  async run({ projectId, question, rubric, redFlags }, { user, t }) {
    if (!(await projectReader(db, user.id, projectId))) throw new AuthError("forbidden");
    await db.mentorProbe.create({ data: { id: randomUUID(), projectId, authorId: user.id, question, rubric, redFlags } });
    revalidatePath("/[locale]/projects/[id]", "page");
    revalidatePath("/[locale]/mentor/projects/[id]", "page");
    return { ok: true, message: t("probeAdded") };
  },
});

/** Take a mentor's probe off a project: its author may, and so may the project's owner. */
export const removeMentorProbe = defineAction({
  access: "signed-in",
  schema: mentorProbeRefSchema,
  async run({ probeId }, { user, t }) {
    const probe = await db.mentorProbe.findUnique({ where: { id: probeId }, select: { projectId: true, authorId: true } });
    if (!probe) return fail("not_found", t("notFound"));
    const reader = await projectReader(db, user.id, probe.projectId);
    if (!reader || (reader.as !== "owner" && probe.authorId !== user.id)) throw new AuthError("forbidden");
    await db.mentorProbe.delete({ where: { id: probeId } });
    revalidatePath("/[locale]/projects/[id]", "page");
    revalidatePath("/[locale]/mentor/projects/[id]", "page");
    return { ok: true, message: t("probeRemoved") };
  },
});
