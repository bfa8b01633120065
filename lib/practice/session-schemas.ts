/** Requests a review session sends besides grades (POST /api/review/undo, /api/review/card). Pure. */
import { z } from "zod";
import { CARD_ACTIONS } from "./card-flags.ts";

export const undoSchema = z.strictObject({ clientReviewId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8–64 letters, digits, - or _") });
export const cardActionSchema = z.strictObject({ cardId: z.string().min(1).max(200), action: z.enum(CARD_ACTIONS) });
