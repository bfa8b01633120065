import { z } from "zod";
import { db } from "@/lib/db";
import { guardRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { gradeCard } from "@/lib/practice/review-service";
import { planOrderFor } from "@/lib/plans/order";

const gradeSchema = z.strictObject({
  cardId: z.string().min(1).max(200),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { message: "must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)" }),
  clientReviewId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8–64 letters, digits, - or _"),
  expectedVersion: z.int().min(0),
  durationMs: z.int().min(0).max(3_600_000),
  mode: z.enum(["review", "drill"]).default("review"),
  answer: z.string().max(5000).optional(),
  checkedPoints: z.array(z.int().min(0).max(99)).max(100).optional(),
  pitfallHit: z.boolean().optional(),
  suggestedRating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
});

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
