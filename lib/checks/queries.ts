import "server-only";
import { db } from "@/lib/db";
import { checkFacesSchema, type CheckFaces } from "./present";

/** A question's checks as pages show them: faces only, never the key. */
export async function checksOf(questionId: string): Promise<{ id: string; faces: CheckFaces }[]> {
  const rows = await db.check.findMany({ where: { questionId, retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, faces: true } });
  return rows.flatMap((r) => {
    const faces = checkFacesSchema.safeParse(r.faces);
    return faces.success ? [{ id: r.id, faces: faces.data }] : [];
  });
}
