import { db } from "@/lib/db";
import { guardRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { sessionState } from "@/lib/practice/review-service";
import { undoGrade } from "@/lib/practice/undo";
import { undoSchema } from "@/lib/practice/session-schemas";
import { sessionCards } from "@/lib/practice/session-queries";
import { planOrderFor } from "@/lib/plans/order";

/** Take back the user's grade with this client review id (its card's latest), and show the card again. */
export async function POST(request: Request) {
  return guardRoute(request, "signed-in", async (user) => {
    const body = await readJson(request, undoSchema);
    if (!body.ok) return body.response;
    const now = new Date();
    const outcome = await undoGrade(db, user.id, body.data.clientReviewId, now);
    if (!outcome.ok) return Response.json(outcome, { status: outcome.status });
    const { counts, params } = await sessionState(db, user.id, now, { planOrder: () => planOrderFor(db, user.id) });
    const [card] = await sessionCards(user.id, [outcome.cardId], now, params);
    return Response.json({ ...outcome, card: card ?? null, counts });
  });
}
