import { db } from "@/lib/db";
import { guardRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { answerQuizCheck } from "@/lib/mock/quiz-round";
import { quizAnswerSchema } from "@/lib/mock/schema";

/**
 * One answer of a mock's quiz round (the caller's own mocks only; others' look absent). It is
 * graded and kept here, but the verdict waits for the report, as in an interview.
 */
export async function POST(request: Request) {
  return guardRoute(request, "signed-in", async (user) => {
    const body = await readJson(request, quizAnswerSchema);
    if (!body.ok) return body.response;
    const outcome = await answerQuizCheck(db, user.id, body.data);
    return Response.json(outcome, { status: outcome.ok ? 200 : outcome.status });
  });
}
