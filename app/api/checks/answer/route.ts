import { guardPublicRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { pageAnswerSchema } from "@/lib/checks/answer-schema";
import { db } from "@/lib/db";
import { judge } from "@/lib/checks/judge";

/**
 * A question page's "check yourself": anyone may answer; the answer is graded here, so the
 * prerendered page never holds it. Nothing is recorded (practice on the page, not review).
 */
export async function POST(request: Request) {
  return guardPublicRoute(request, async () => {
    const body = await readJson(request, pageAnswerSchema);
    if (!body.ok) return body.response;
    const verdict = await judge(db, body.data.checkId, body.data.response);
    if (!verdict) return Response.json({ error: "not_found", message: "No such check." }, { status: 404 });
    const { type: _type, ...reply } = verdict;
    return Response.json(reply, { headers: { "cache-control": "no-store" } });
  });
}
