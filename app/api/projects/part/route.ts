import { db } from "@/lib/db";
import { guardRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { savePart } from "@/lib/projects/parts";
import { partSchema } from "@/lib/projects/schema";

/** Autosave of one field of a project story (the caller's own projects only; others' look absent). */
export async function POST(request: Request) {
  return guardRoute(request, "signed-in", async (user) => {
    const body = await readJson(request, partSchema, { maxBytes: 64 * 1024 });
    if (!body.ok) return body.response;
    const outcome = await savePart(db, user.id, body.data);
    return Response.json(outcome, { status: outcome.ok ? 200 : outcome.status });
  });
}
