import { db } from "@/lib/db";
import { guardRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { gradeCard, nextCard, sessionState } from "@/lib/practice/review-service";
import { planOrderFor } from "@/lib/plans/order";
import { gradeSchema } from "@/lib/practice/grade-schema";
import { sessionCards } from "@/lib/practice/session-queries";

/**
 * Grade one card: validate, schedule, write state + log in one transaction. A review session
 * also gets the next card (faces included) and the counts, refused grades too, so it never
 * needs to reload the page.
 */
export async function POST(request: Request) {
  const started = performance.now();
  return guardRoute(request, "signed-in", async (user) => {
    const authed = performance.now();
    const body = await readJson(request, gradeSchema);
    if (!body.ok) return body.response;
    const now = new Date();
    // Plan order only matters when a new card is involved: computed on demand.
    const planOrder = () => planOrderFor(db, user.id);
    const outcome = await gradeCard(db, user.id, body.data, now, { planOrder });
    const graded = performance.now();
    let session = {};
    if (body.data.mode === "review" && (outcome.ok || outcome.status === 409)) {
      const next = outcome.ok ? outcome.next : await nextCard(db, user.id, now, body.data.cardId, { planOrder });
      const { counts, params } = await sessionState(db, user.id, now, { planOrder });
      const [card] = next ? await sessionCards(user.id, [next.cardId], now, params) : [];
      session = { next: card ? { ...card, version: next!.version, preview: next!.preview } : null, counts };
    }
    const done = performance.now();
    // Server-Timing: where a slow grade spent its time (shown in browser dev tools, read by the benchmark).
    const timing = `auth;dur=${(authed - started).toFixed(2)}, grade;dur=${(graded - authed).toFixed(2)}, session;dur=${(done - graded).toFixed(2)}`;
    return Response.json({ ...outcome, ...session }, { status: outcome.ok ? 200 : outcome.status, headers: { "server-timing": timing } });
  });
}
