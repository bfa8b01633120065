import { db } from "@/lib/db";
import { guardRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { gradeProbe } from "@/lib/projects/grill-service";
import { probeGradeSchema } from "@/lib/projects/schema";

/** A graded answer in a "grill me" session (the caller's own projects only; others' look absent). */
export async function POST(request: Request) {
  return guardRoute(request, "signed-in", async (user) => {
    const body = await readJson(request, probeGradeSchema, { maxBytes: 64 * 1024 });
    if (!body.ok) return body.response;
    const outcome = await gradeProbe(db, user.id, body.data);
    return Response.json(outcome, { status: outcome.ok ? 200 : outcome.status });
  });
}
