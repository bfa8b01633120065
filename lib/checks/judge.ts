/**
 * Grading an answer against the stored key: whether it is right, the right answer and the
 * explanation. The key is read here and nowhere else.
 */
import type { Db } from "../db/client.ts";
import { checkKeySchema, type CheckKey } from "./present.ts";
import { isRight, type CheckResponse } from "./grade.ts";

export type CheckVerdictData = { type: CheckKey["type"]; right: boolean; answer: CheckResponse; explainHtml: string };

/** Null for an unknown, retired or unreadable check. */
export async function judge(db: Pick<Db, "check">, checkId: string, response: CheckResponse): Promise<CheckVerdictData | null> {
  const row = await db.check.findUnique({ where: { id: checkId }, select: { key: true, explainHtml: true, retiredAt: true } });
  const key = checkKeySchema.safeParse(row?.key);
  if (!row || row.retiredAt || !key.success) return null;
  const answer = key.data.type === "numeric" ? { value: key.data.value } : { tokens: key.data.right };
  return { type: key.data.type, right: isRight(key.data, response), answer, explainHtml: row.explainHtml };
}
