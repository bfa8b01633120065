import { db } from "@/lib/db";
import { guardRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { saveDraft } from "@/lib/mock/answering";
import { draftSchema } from "@/lib/mock/schema";

/** Autosave of a mock answer as it is typed (the caller's own mocks only; others' look absent). */
export async function POST(request: Request) {
  return guardRoute(request, "signed-in", async (user) => {
    const body = await readJson(request, draftSchema, { maxBytes: 64 * 1024 });
    if (!body.ok) return body.response;
    const outcome = await saveDraft(db, user.id, body.data);
    return Response.json(outcome, { status: outcome.ok ? 200 : outcome.status });
  });
}
