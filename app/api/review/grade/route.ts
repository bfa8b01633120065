import { db } from "@/lib/db";
import { guardRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { gradeCard } from "@/lib/practice/review-service";
import { planOrderFor } from "@/lib/plans/order";
import { gradeSchema } from "@/lib/practice/grade-schema";

/** Grade one card: validate, schedule, write state + log in one transaction, return the next card. */
export async function POST(request: Request) {
  const started = performance.now();
  return guardRoute(request, "signed-in", async (user) => {
    const authed = performance.now();
    const body = await readJson(request, gradeSchema);
    if (!body.ok) return body.response;
    // Plan order only matters when a new card is involved: computed on demand.
    const outcome = await gradeCard(db, user.id, body.data, new Date(), { planOrder: () => planOrderFor(db, user.id) });
    const done = performance.now();
    // Server-Timing: where a slow grade spent its time (shown in browser dev tools, read by the benchmark).
    const timing = `auth;dur=${(authed - started).toFixed(2)}, grade;dur=${(done - authed).toFixed(2)}`;
    return Response.json(outcome, { status: outcome.ok ? 200 : outcome.status, headers: { "server-timing": timing } });
  });
}
