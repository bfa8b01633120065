"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { guardAction, requireAssignmentThread, requireOwnCohort } from "@/lib/auth";
import { fail, fieldErrorsOf, type ActionResult } from "@/lib/actions/result";
import { errorTranslator } from "@/lib/actions/translate";
import { toStoredDate } from "@/lib/time/calendar-date";
import { assignmentSchema, cohortSchema, commentSchema, parseTrack } from "./schema";
import { hashInviteToken, inviteState, INVITE_DAYS, newInviteToken } from "./invite";

const text = (data: FormData, key: string) => (typeof data.get(key) === "string" ? (data.get(key) as string) : undefined);
const MENTORS = ["mentor", "admin"] as const;

export async function createCohort(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  return guardAction([...MENTORS], async (user) => {
    const t = await errorTranslator();
    const parsed = cohortSchema.safeParse({ name: text(data, "name") });
    if (!parsed.success) return fail("invalid", t("checkFields"), fieldErrorsOf(parsed.error.issues, t));
    await db.cohort.create({ data: { id: randomUUID(), mentorId: user.id, name: parsed.data.name } });
    revalidatePath("/[locale]/mentor", "page");
    return { ok: true, message: t("cohortCreated") };
  });
}

/** A new invite link; the token is shown once, only its hash is kept. */
export async function createInvite(_prev: ActionResult<string>, data: FormData): Promise<ActionResult<string>> {
  return guardAction([...MENTORS], async (user) => {
    const cohort = await requireOwnCohort(user, String(text(data, "cohortId") ?? ""));
    const { token, hash } = newInviteToken();
    await db.cohortInvite.create({ data: { id: randomUUID(), cohortId: cohort.id, tokenHash: hash, expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000) } });
    revalidatePath("/[locale]/mentor/cohorts/[id]", "page");
    return { ok: true, data: token };
  });
}

export async function revokeInvite(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  return guardAction([...MENTORS], async (user) => {
    const t = await errorTranslator();
    const invite = await db.cohortInvite.findUnique({ where: { id: String(text(data, "inviteId") ?? "") } });
    if (!invite) return fail("not_found", t("notFound"));
    await requireOwnCohort(user, invite.cohortId);
    await db.cohortInvite.update({ where: { id: invite.id }, data: { revokedAt: new Date() } });
    revalidatePath("/[locale]/mentor/cohorts/[id]", "page");
    return { ok: true, message: t("inviteRevoked") };
  });
}

/** A signed-in candidate joins after confirming; an expired, revoked or unknown link changes nothing. */
export async function joinCohort(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  const result = await guardAction("signed-in", async (user) => {
    const t = await errorTranslator();
    const invite = await db.cohortInvite.findUnique({ where: { tokenHash: hashInviteToken(String(text(data, "token") ?? "")) }, include: { cohort: true } });
    const state = inviteState(invite);
    if (state !== "valid") return fail("invalid", t(`invite_${state}`));
    if (invite!.cohort.mentorId === user.id) return fail("invalid", t("ownCohort"));
    await db.$transaction(async (tx) => {
      const existing = await tx.cohortMember.findUnique({ where: { cohortId_userId: { cohortId: invite!.cohortId, userId: user.id } } });
      if (!existing) {
        await tx.cohortMember.create({ data: { cohortId: invite!.cohortId, userId: user.id } });
        await tx.cohortInvite.update({ where: { id: invite!.id }, data: { uses: { increment: 1 } } });
      }
    });
    return { ok: true };
  });
  if (result.ok) redirect({ href: "/study", locale: await getLocale() });
  return result;
}

/** Leaving removes the membership, and with it every view the mentor had of this candidate. */
export async function leaveCohort(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  return guardAction("signed-in", async (user) => {
    const t = await errorTranslator();
    const removed = await db.cohortMember.deleteMany({ where: { cohortId: String(text(data, "cohortId") ?? ""), userId: user.id } });
    if (!removed.count) return fail("not_found", t("notFound"));
    revalidatePath("/[locale]/study", "page");
    return { ok: true, message: t("leftCohort") };
  });
}

export async function createAssignment(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  return guardAction([...MENTORS], async (user) => {
    const t = await errorTranslator();
    const parsed = assignmentSchema.safeParse(Object.fromEntries([...data.entries()].filter(([, v]) => typeof v === "string")));
    if (!parsed.success) return fail("invalid", t("checkFields"), fieldErrorsOf(parsed.error.issues, t));
    const a = parsed.data;
    const cohort = await requireOwnCohort(user, a.cohortId);
    if (a.candidateId && !(await db.cohortMember.findUnique({ where: { cohortId_userId: { cohortId: cohort.id, userId: a.candidateId } } }))) {
      return fail("invalid", t("checkFields"), { candidateId: [t("notInCohort")] });
    }
    let title = a.title;
    let items: { kind: "question" | "note"; id: string }[] = [];
    if (a.kind === "plan") {
      const plan = await db.plan.findFirst({ where: { slug: a.planSlug!, retiredAt: null } });
      if (!plan) return fail("invalid", t("checkFields"), { planSlug: [t("notFound")] });
      title ||= plan.titleZh;
    } else {
      const track = parseTrack(a.track);
      if (track.errors.length) return fail("invalid", t("checkFields"), { track: track.errors });
      if (!track.items.length) return fail("invalid", t("checkFields"), { track: [t("trackEmpty")] });
      const [qs, ns] = await Promise.all([
        db.question.findMany({ where: { id: { in: track.items.filter((i) => i.kind === "question").map((i) => i.id) }, retiredAt: null }, select: { id: true } }),
        db.note.findMany({ where: { slug: { in: track.items.filter((i) => i.kind === "note").map((i) => i.id) }, retiredAt: null }, select: { slug: true } }),
      ]);
      const known = new Set([...qs.map((q) => `question:${q.id}`), ...ns.map((n) => `note:${n.slug}`)]);
      const unknown = track.items.filter((i) => !known.has(`${i.kind}:${i.id}`)).map((i) => `${i.kind}:${i.id}`);
      if (unknown.length) return fail("invalid", t("checkFields"), { track: unknown.map((u) => `${t("unknownItem")}: ${u}`) });
      items = track.items;
    }
    await db.assignment.create({
      data: {
        id: randomUUID(), cohortId: cohort.id, candidateId: a.candidateId, kind: a.kind, planSlug: a.kind === "plan" ? a.planSlug : null,
        title, items: items as never, note: a.note, dueDate: toStoredDate(a.dueDate),
      },
    });
    revalidatePath("/[locale]/mentor/cohorts/[id]", "page");
    return { ok: true, message: t("assignmentCreated") };
  });
}

/** A comment in the thread of (assignment, candidate), by that candidate or the cohort's mentor. */
export async function addComment(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  return guardAction("signed-in", async (user) => {
    const t = await errorTranslator();
    const parsed = commentSchema.safeParse({ assignmentId: text(data, "assignmentId"), candidateId: text(data, "candidateId"), body: text(data, "body") });
    if (!parsed.success) return fail("invalid", t("checkFields"), fieldErrorsOf(parsed.error.issues, t));
    await requireAssignmentThread(user, parsed.data.assignmentId, parsed.data.candidateId);
    await db.assignmentComment.create({ data: { id: randomUUID(), ...parsed.data, authorId: user.id } });
    revalidatePath("/[locale]/assignments/[id]", "page");
    revalidatePath("/[locale]/mentor/mentees/[id]", "page");
    return { ok: true, message: t("commentPosted") };
  });
}
