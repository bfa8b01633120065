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
  async run({ userId, role }, { t }) {
    const result = await db.$transaction(async (tx): Promise<ActionResult> => {
      const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
      if (!target) return fail("not_found", t("noSuchUser"));
      if (target.role === "admin" && role !== "admin" && (await tx.user.count({ where: { role: "admin" } })) === 1) {
        return fail("conflict", t("lastAdmin"));
      }
      await tx.user.update({ where: { id: userId }, data: { role } });
      return { ok: true, message: t("roleChanged") };
    });
    // Admin pages only: regenerating every page under the root layout would also rewrite the
    // prerendered content pages, whose CSP hashes were taken at build time.
    if (result.ok) revalidatePath("/[locale]/admin", "layout");
    return result;
  },
});
