import { guardRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { reviewAnswerSchema } from "@/lib/checks/answer-schema";
import { db } from "@/lib/db";
import { judge } from "@/lib/checks/judge";
import { ratingFor } from "@/lib/checks/grade";
import { gradeAndReply } from "@/lib/practice/grade-reply";

/**
 * Answer a check card in review or drill: the server grades the answer and derives the FSRS
 * rating from it (wrong → Again; right → Easy, Good or Hard by the time taken), then records
 * it like any grade — a retried request is counted once. The reply carries the verdict.
 */
export async function POST(request: Request) {
  const started = performance.now();
  return guardRoute(request, "signed-in", async (user) => {
    const authed = performance.now();
    const body = await readJson(request, reviewAnswerSchema);
    if (!body.ok) return body.response;
    const { cardId, response, durationMs } = body.data;
    const verdict = await judge(db, cardId.slice(2), response);
    if (!verdict) return Response.json({ error: "not_found", message: "No such card." }, { status: 404 });
    const rating = ratingFor(verdict.type, verdict.right, durationMs);
    const input = { ...body.data, rating, answer: JSON.stringify(response) };
    const { type: _type, ...shown } = verdict;
    return gradeAndReply(user.id, input, { started, authed }, { verdict: { ...shown, rating } });
  });
}
