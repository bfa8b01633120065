import { guardRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { gradeSchema } from "@/lib/practice/grade-schema";
import { gradeAndReply } from "@/lib/practice/grade-reply";

/**
 * Grade one self-graded card: validate, schedule, write state + log in one transaction; a
 * review session also gets the next card and the counts. Checks are graded by the server
 * instead (POST /api/review/check).
 */
export async function POST(request: Request) {
  const started = performance.now();
  return guardRoute(request, "signed-in", async (user) => {
    const authed = performance.now();
    const body = await readJson(request, gradeSchema);
    if (!body.ok) return body.response;
    if (body.data.cardId.startsWith("c:")) return Response.json({ error: "self_grade_refused", message: "Checks are graded by the server: POST /api/review/check." }, { status: 400 });
    return gradeAndReply(user.id, body.data, { started, authed });
  });
}
