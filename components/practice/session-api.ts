/** The review API as the session screens call it. Every write carries an id, so a retry counts once. */
import type { SessionCounts } from "@/lib/practice/review-service";
import type { SessionCard } from "@/lib/practice/session-card";
import type { RatingValue } from "@/lib/practice/scheduler";
import type { GradeDetails, CardActionName } from "./card-player";
import type { CheckVerdict } from "@/components/checks/check-card";
import type { CheckResponse } from "@/lib/checks/grade";

export type SessionReply = { ok: boolean; status: number; error?: string; message?: string; next?: SessionCard | null; card?: SessionCard | null; counts?: SessionCounts; verdict?: CheckVerdict & { rating: RatingValue } };

export const newId = () => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

async function post(path: string, body: unknown): Promise<SessionReply> {
  const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const reply = (await response.json()) as Omit<SessionReply, "status">;
  return { ...reply, ok: response.ok, status: response.status };
}

export const sendGrade = (card: SessionCard, rating: RatingValue, details: GradeDetails, mode: "review" | "drill", clientReviewId: string) =>
  post("/api/review/grade", { cardId: card.id, rating, clientReviewId, expectedVersion: card.version, mode, ...details });

/** A check card: the server grades the response and derives the rating. */
export const sendCheck = (card: SessionCard, response: CheckResponse, durationMs: number, mode: "review" | "drill", clientReviewId: string) =>
  post("/api/review/check", { cardId: card.id, response, clientReviewId, expectedVersion: card.version, durationMs, mode });

export const sendUndo = (clientReviewId: string) => post("/api/review/undo", { clientReviewId });

export const sendCardAction = (cardId: string, action: CardActionName) => post("/api/review/card", { cardId, action });
