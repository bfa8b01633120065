import { db } from "@/lib/db";
import { guardRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { saveTake } from "@/lib/projects/parts";
import { takeSchema } from "@/lib/projects/schema";

/** Autosave of the caller's take on a direction (theirs only: the key is their user id). */
export async function POST(request: Request) {
  return guardRoute(request, "signed-in", async (user) => {
    const body = await readJson(request, takeSchema, { maxBytes: 64 * 1024 });
    if (!body.ok) return body.response;
    const outcome = await saveTake(db, user.id, body.data);
    return Response.json(outcome, { status: outcome.ok ? 200 : outcome.status });
  });
}
