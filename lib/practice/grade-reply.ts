import "server-only";
import { db } from "@/lib/db";
import { gradeCard, nextCard, sessionState, type GradeInput } from "./review-service";
import { planOrderFor } from "@/lib/plans/order";
import { sessionCards } from "./session-queries";

/**
 * Grade one card and answer as the review screen needs it: the outcome and, in a review
 * session, the next card (faces included) and the counts — refused grades too, so the page
 * never reloads. Self-graded cards and checks (rating derived on the server) share it.
 */
export async function gradeAndReply(userId: string, input: GradeInput, clock: { started: number; authed: number }, extra: Record<string, unknown> = {}): Promise<Response> {
  const { started, authed } = clock;
  const now = new Date();
  // Plan order only matters when a new card is involved: computed on demand.
  const planOrder = () => planOrderFor(db, userId);
  const outcome = await gradeCard(db, userId, input, now, { planOrder });
  const graded = performance.now();
  let session = {};
  if (input.mode === "review" && (outcome.ok || outcome.status === 409)) {
    const next = outcome.ok ? outcome.next : await nextCard(db, userId, now, input.cardId, { planOrder });
    const { counts, params } = await sessionState(db, userId, now, { planOrder });
    const [card] = next ? await sessionCards(userId, [next.cardId], now, params) : [];
    session = { next: card ? { ...card, version: next!.version, preview: next!.preview } : null, counts };
  }
  const done = performance.now();
  // Server-Timing: where a slow grade spent its time (shown in browser dev tools, read by the benchmark).
  const timing = `auth;dur=${(authed - started).toFixed(2)}, grade;dur=${(graded - authed).toFixed(2)}, session;dur=${(done - graded).toFixed(2)}`;
  return Response.json({ ...outcome, ...session, ...extra }, { status: outcome.ok ? 200 : outcome.status, headers: { "server-timing": timing } });
}
