/**
 * The order in which a user's active plans and assigned tracks introduce new cards.
 * Empty until the user starts a plan (the study-plan feature fills this in).
 */
import type { Db } from "../db/client.ts";

export async function planOrderFor(_db: Db, _userId: string): Promise<string[]> {
  return [];
}
