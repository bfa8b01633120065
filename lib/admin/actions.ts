"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { guardAction } from "@/lib/auth";
import { setRoleSchema } from "@/lib/auth/schema";
import { fail, fieldErrorsOf, type ActionResult } from "@/lib/actions/result";
import { errorTranslator } from "@/lib/actions/translate";

/** Admins change roles. The last admin cannot demote themself (nobody could undo it). */
export async function setUserRole(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  return guardAction(["admin"], async (admin) => {
    const t = await errorTranslator();
    const parsed = setRoleSchema.safeParse({ userId: data.get("userId"), role: data.get("role") });
    if (!parsed.success) return fail("invalid", t("checkFields"), fieldErrorsOf(parsed.error.issues, t));
    const { userId, role } = parsed.data;
    const result = await db.$transaction(async (tx) => {
      const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
      if (!target) return fail("not_found", t("noSuchUser"));
      if (target.role === "admin" && role !== "admin" && (await tx.user.count({ where: { role: "admin" } })) === 1) {
        return fail("conflict", t("lastAdmin"));
      }
      await tx.user.update({ where: { id: userId }, data: { role } });
      return { ok: true, message: t("roleChanged") } as ActionResult;
    });
    if (result.ok) revalidatePath(userId === admin.id ? "/[locale]" : "/[locale]/admin/users", userId === admin.id ? "layout" : "page");
    return result;
  });
}
