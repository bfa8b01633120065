"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define";
import { fail, type ActionResult } from "@/lib/actions/result";
import { setRoleSchema } from "@/lib/auth/schema";

/** Admins change roles. The last admin cannot demote themself (nobody could undo it). */
export const setUserRole = defineAction({
  access: ["admin"],
  schema: setRoleSchema,
  async run({ userId, role }, { user: admin, t }) {
    const result = await db.$transaction(async (tx): Promise<ActionResult> => {
      const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
      if (!target) return fail("not_found", t("noSuchUser"));
      if (target.role === "admin" && role !== "admin" && (await tx.user.count({ where: { role: "admin" } })) === 1) {
        return fail("conflict", t("lastAdmin"));
      }
      await tx.user.update({ where: { id: userId }, data: { role } });
      return { ok: true, message: t("roleChanged") };
    });
    if (result.ok) revalidatePath(userId === admin.id ? "/[locale]" : "/[locale]/admin/users", userId === admin.id ? "layout" : "page");
    return result;
  },
});
