/**
 * A mock's project round: the probes an interviewer would ask next about one of the
 * candidate's projects — the same order as its "grill me" sessions (due ones, a mentor's,
 * the story's gaps first). Takes the database as an argument.
 */
import type { Db } from "../db/client.ts";
import { nextProbes } from "../projects/grill-service.ts";
import { probesById, type AskedProbe } from "../projects/probes.ts";

/** `count` probes on the project, or null when it is not the caller's. */
export async function projectRound(db: Db, userId: string, projectId: string, count: number): Promise<AskedProbe[] | null> {
  const order = await nextProbes(db, userId, projectId);
  if (!order) return null;
  const ids = order.slice(0, count);
  const probes = await probesById(db, projectId, ids);
  return ids.flatMap((id) => probes.get(id) ?? []);
}
