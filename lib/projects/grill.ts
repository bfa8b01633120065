/**
 * Which probe a "grill me" session asks next about a project. Probes already asked come back
 * when FSRS says they are due; of the new ones, a mentor's come first (they were written for
 * this story), then those on the story's gaps (a story with no baseline is asked about its
 * baseline), then the project's directions before general probes, in content order. Pure.
 */
import type { ProbeKind } from "../content/schema.ts";

/** A content probe, or one a mentor added (no kind; `direction` is "mentor"). */
export type GrillProbe = { id: string; kind: ProbeKind | null; direction: string; position: number };

/** How many probes one session asks (an interviewer's follow-ups on one project). */
export const GRILL_SESSION = 3;
/** Seconds an answer to a probe gets, in the grill and a mock's project round: about what an interviewer gives a follow-up. */
export const PROBE_ANSWER_SEC = 180;

export function grillOrder(probes: GrillProbe[], due: Map<string, Date>, gaps: readonly ProbeKind[], now: Date): string[] {
  const dueNow = probes.filter((p) => (due.get(p.id)?.getTime() ?? Infinity) <= now.getTime()).sort((a, b) => due.get(a.id)!.getTime() - due.get(b.id)!.getTime());
  const fresh = probes.filter((p) => !due.has(p.id));
  const rank = (p: GrillProbe) => {
    const gap = p.kind ? gaps.indexOf(p.kind) : -1;
    return [p.direction === "mentor" ? 0 : 1, gap < 0 ? gaps.length : gap, p.direction === "general" ? 1 : 0, p.position];
  };
  fresh.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]! || x[3]! - y[3]! || a.id.localeCompare(b.id);
  });
  return [...dueNow, ...fresh].map((p) => p.id);
}
