"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { requireAssignmentThread, requireComment, requireOwnAssignment, requireOwnCohort } from "@/lib/auth";
import { defineAction } from "@/lib/actions/define";
import { fail } from "@/lib/actions/result";
import { toStoredDate } from "@/lib/time/calendar-date";
import { DAY_MS } from "@/lib/time/zone";
import { assignmentRefSchema, assignmentSchema, cohortRefSchema, cohortSchema, commentRefSchema, commentSchema, editAssignmentSchema, editCommentSchema, inviteRefSchema, joinSchema, parseTrack, type TrackItem } from "./schema";
import { hashInviteToken, inviteState, INVITE_DAYS, newInviteToken } from "./invite";

const MENTORS = ["mentor", "admin"] as const;

export const createCohort = defineAction({
  access: MENTORS,
  schema: cohortSchema,
  async run({ name }, { user, t }) {
    await db.cohort.create({ data: { id: randomUUID(), mentorId: user.id, name } });
    revalidatePath("/[locale]/mentor", "page");
    return { ok: true, message: t("cohortCreated") };
  },
});

/** A new invite link; the token is shown once, only its hash is kept. */
export const createInvite = defineAction<typeof cohortRefSchema, typeof MENTORS, string>({
  access: MENTORS,
  schema: cohortRefSchema,
  async run({ cohortId }, { user }) {
    const cohort = await requireOwnCohort(user, cohortId);
    const { token, hash } = newInviteToken();
    await db.cohortInvite.create({ data: { id: randomUUID(), cohortId: cohort.id, tokenHash: hash, expiresAt: new Date(Date.now() + INVITE_DAYS * DAY_MS) } });
    revalidatePath("/[locale]/mentor/cohorts/[id]", "page");
    return { ok: true, data: token };
  },
});

export const revokeInvite = defineAction({
  access: MENTORS,
  schema: inviteRefSchema,
  async run({ inviteId }, { user, t }) {
    const invite = await db.cohortInvite.findUnique({ where: { id: inviteId } });
    if (!invite) return fail("not_found", t("notFound"));
    await requireOwnCohort(user, invite.cohortId);
    await db.cohortInvite.update({ where: { id: invite.id }, data: { revokedAt: new Date() } });
    revalidatePath("/[locale]/mentor/cohorts/[id]", "page");
    return { ok: true, message: t("inviteRevoked") };
  },
});

/** A signed-in candidate joins after confirming; an expired, revoked or unknown link changes nothing. */
export const joinCohort = defineAction({
  access: "signed-in",
  schema: joinSchema,
  async run({ token }, { user, t }) {
    const invite = await db.cohortInvite.findUnique({ where: { tokenHash: hashInviteToken(token) }, include: { cohort: true } });
    const state = inviteState(invite);
    if (state !== "valid" || !invite) return fail("invalid", t(`invite_${state}`));
    if (invite.cohort.mentorId === user.id) return fail("invalid", t("ownCohort"));
    await db.$transaction(async (tx) => {
      const existing = await tx.cohortMember.findUnique({ where: { cohortId_userId: { cohortId: invite.cohortId, userId: user.id } } });
      if (!existing) {
        await tx.cohortMember.create({ data: { cohortId: invite.cohortId, userId: user.id } });
        await tx.cohortInvite.update({ where: { id: invite.id }, data: { uses: { increment: 1 } } });
      }
    });
    // Someone who has not started studying (an invitee with a new account) sets up their study next.
    const [reviews, plans] = await Promise.all([db.reviewLog.count({ where: { userId: user.id } }), db.planEnrollment.count({ where: { userId: user.id } })]);
    return redirect({ href: reviews + plans === 0 ? "/welcome" : "/study", locale: await getLocale() });
  },
});

/** Leaving removes the membership, and with it every view the mentor had of this candidate. */
export const leaveCohort = defineAction({
  access: "signed-in",
  schema: cohortRefSchema,
  async run({ cohortId }, { user, t }) {
    const removed = await db.cohortMember.deleteMany({ where: { cohortId, userId: user.id } });
    if (!removed.count) return fail("not_found", t("notFound"));
    revalidatePath("/[locale]/study", "page");
    return { ok: true, message: t("leftCohort") };
  },
});

export const createAssignment = defineAction({
  access: MENTORS,
  schema: assignmentSchema,
  async run(a, { user, t }) {
    const cohort = await requireOwnCohort(user, a.cohortId);
    if (a.candidateId && !(await db.cohortMember.findUnique({ where: { cohortId_userId: { cohortId: cohort.id, userId: a.candidateId } } }))) {
      return fail("invalid", t("checkFields"), { candidateId: [t("notInCohort")] });
    }
    let title = a.title;
    let items: TrackItem[] = [];
    if (a.kind === "plan") {
      const plan = await db.plan.findFirst({ where: { slug: a.planSlug!, retiredAt: null } });
      if (!plan) return fail("invalid", t("checkFields"), { planSlug: [t("notFound")] });
      title ||= plan.titleZh;
    } else {
      const track = parseTrack(a.track);
      if (track.errors.length) return fail("invalid", t("checkFields"), { track: track.errors });
      if (!track.items.length) return fail("invalid", t("checkFields"), { track: [t("trackEmpty")] });
      const idsOf = (kind: TrackItem["kind"]) => track.items.filter((i) => i.kind === kind).map((i) => i.id);
      const [qs, ns, cs] = await Promise.all([
        db.question.findMany({ where: { id: { in: idsOf("question") }, retiredAt: null }, select: { id: true } }),
        db.note.findMany({ where: { slug: { in: idsOf("note") }, retiredAt: null }, select: { slug: true } }),
        // `checks:<question>` needs a question that has checks to answer.
        db.check.findMany({ where: { questionId: { in: idsOf("checks") }, retiredAt: null }, select: { questionId: true }, distinct: ["questionId"] }),
      ]);
      const known = new Set([...qs.map((q) => `question:${q.id}`), ...ns.map((n) => `note:${n.slug}`), ...cs.map((c) => `checks:${c.questionId}`)]);
      const unknown = track.items.filter((i) => !known.has(`${i.kind}:${i.id}`)).map((i) => `${i.kind}:${i.id}`);
      if (unknown.length) return fail("invalid", t("checkFields"), { track: unknown.map((u) => `${t("unknownItem")}: ${u}`) });
      items = track.items;
    }
    await db.assignment.create({
      data: {
        id: randomUUID(), cohortId: cohort.id, candidateId: a.candidateId, kind: a.kind, planSlug: a.kind === "plan" ? a.planSlug : null,
        title, items, note: a.note.source, noteHtml: a.note.html, dueDate: toStoredDate(a.dueDate),
      },
    });
    revalidatePath("/[locale]/mentor/cohorts/[id]", "page");
    return { ok: true, message: t("assignmentCreated") };
  },
});

/** A comment in the thread of (assignment, candidate), by that candidate or the cohort's mentor. */
export const addComment = defineAction({
  access: "signed-in",
  schema: commentSchema,
  async run({ assignmentId, candidateId, body }, { user, t }) {
    await requireAssignmentThread(user, assignmentId, candidateId);
    await db.assignmentComment.create({ data: { id: randomUUID(), assignmentId, candidateId, authorId: user.id, body: body.source, bodyHtml: body.html } });
    revalidateThreads();
    return { ok: true, message: t("commentPosted") };
  },
});

/** Its author rewrites a comment; the thread shows that it was edited. */
export const editComment = defineAction({
  access: "signed-in",
  schema: editCommentSchema,
  async run({ commentId, body }, { user, t }) {
    await requireComment(user, commentId, "edit");
    await db.assignmentComment.update({ where: { id: commentId }, data: { body: body.source, bodyHtml: body.html, editedAt: new Date() } });
    revalidateThreads();
    return { ok: true, message: t("commentUpdated") };
  },
});

/** Its author, or the cohort's mentor, removes a comment. */
export const deleteComment = defineAction({
  access: "signed-in",
  schema: commentRefSchema,
  async run({ commentId }, { user, t }) {
    await requireComment(user, commentId, "delete");
    await db.assignmentComment.deleteMany({ where: { id: commentId } });
    revalidateThreads();
    return { ok: true, message: t("commentDeleted") };
  },
});

export const updateAssignment = defineAction({
  access: MENTORS,
  schema: editAssignmentSchema,
  async run({ assignmentId, title, note, dueDate }, { user, t }) {
    await requireOwnAssignment(user, assignmentId);
    await db.assignment.update({ where: { id: assignmentId }, data: { title, note: note.source, noteHtml: note.html, dueDate: toStoredDate(dueDate) } });
    revalidatePath("/[locale]/mentor/cohorts/[id]", "page");
    revalidateThreads();
    return { ok: true, message: t("assignmentUpdated") };
  },
});

/** Removes an assignment with its threads (they belong to it). */
export const deleteAssignment = defineAction({
  access: MENTORS,
  schema: assignmentRefSchema,
  async run({ assignmentId }, { user, t }) {
    await requireOwnAssignment(user, assignmentId);
    await db.assignment.deleteMany({ where: { id: assignmentId } });
    revalidatePath("/[locale]/mentor/cohorts/[id]", "page");
    revalidateThreads();
    return { ok: true, message: t("assignmentDeleted") };
  },
});

function revalidateThreads() {
  revalidatePath("/[locale]/assignments/[id]", "page");
  revalidatePath("/[locale]/mentor/mentees/[id]", "page");
}
