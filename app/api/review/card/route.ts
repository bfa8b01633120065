import { db } from "@/lib/db";
import { guardRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { nextCard, sessionState } from "@/lib/practice/review-service";
import { applyCardAction } from "@/lib/practice/card-flags";
import { cardActionSchema } from "@/lib/practice/session-schemas";
import { sessionCards } from "@/lib/practice/session-queries";
import { planOrderFor } from "@/lib/plans/order";

/** Bury, suspend or flag one of the user's cards; a card put away is followed by the next one. */
export async function POST(request: Request) {
  return guardRoute(request, "signed-in", async (user) => {
    const body = await readJson(request, cardActionSchema);
    if (!body.ok) return body.response;
    const now = new Date();
    const outcome = await applyCardAction(db, user.id, body.data.cardId, body.data.action, now);
    if (!outcome.ok) return Response.json({ error: "not_found", message: outcome.message }, { status: outcome.status });
    if (body.data.action !== "bury" && body.data.action !== "suspend") return Response.json({ ok: true });
    const planOrder = () => planOrderFor(db, user.id);
    const [next, { counts, params }] = await Promise.all([nextCard(db, user.id, now, body.data.cardId, { planOrder }), sessionState(db, user.id, now, { planOrder })]);
    const [card] = next ? await sessionCards(user.id, [next.cardId], now, params) : [];
    return Response.json({ ok: true, next: card ?? null, counts });
  });
}
