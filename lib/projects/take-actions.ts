"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { AuthError } from "@/lib/auth";
import { defineAction } from "@/lib/actions/define";
import { fail } from "@/lib/actions/result";
import { takeCommentSchema, takeShareSchema } from "./schema";
import { mentorsOf, takeReader } from "./access";

const TAKE_PAGES = ["/[locale]/projects/takes/[direction]", "/[locale]/mentor/takes/[candidate]/[direction]"];
const revalidateTake = () => TAKE_PAGES.forEach((p) => revalidatePath(p, "page"));

/** Show a direction take to one of the writer's cohort mentors; there must be a take to show. */
export const shareTake = defineAction({
  access: "signed-in",
  schema: takeShareSchema,
  async run({ direction, mentorId }, { user, t }) {
    const take = await db.directionTake.findUnique({ where: { userId_direction: { userId: user.id, direction } }, select: { text: true } });
    if (!take?.text.trim()) return fail("invalid", t("takeEmpty"));
    if (!(await mentorsOf(db, user.id)).some((m) => m.id === mentorId)) return fail("invalid", t("checkFields"), { mentorId: [t("notYourMentor")] });
    await db.takeShare.upsert({ where: { userId_direction_mentorId: { userId: user.id, direction, mentorId } }, create: { userId: user.id, direction, mentorId }, update: {} });
    revalidateTake();
    return { ok: true, message: t("projectShared") };
  },
});

/** Stop showing it: the mentor's next request is refused. */
export const unshareTake = defineAction({
  access: "signed-in",
  schema: takeShareSchema,
  async run({ direction, mentorId }, { user, t }) {
    await db.takeShare.deleteMany({ where: { userId: user.id, direction, mentorId } });
    revalidateTake();
    return { ok: true, message: t("takeUnshared") };
  },
});

/** A comment on a take, by its writer or a mentor it is shared with. */
export const addTakeComment = defineAction({
  access: "signed-in",
  schema: takeCommentSchema,
  async run({ ownerId, direction, body }, { user, t }) {
    if (!(await takeReader(db, user.id, ownerId, direction))) throw new AuthError("forbidden");
    await db.takeComment.create({ data: { id: randomUUID(), userId: ownerId, direction, authorId: user.id, body: body.source, bodyHtml: body.html } });
    revalidateTake();
    return { ok: true, message: t("commentPosted") };
  },
});
