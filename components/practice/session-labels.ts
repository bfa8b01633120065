import "server-only";
import { getTranslations } from "next-intl/server";
import type { RatingValue } from "@/lib/practice/scheduler";

export type SessionLabels = {
  reveal: string; answerBox: string; keyPoints: string; pitfall: string; pitfallHit: string; suggested: string;
  grades: Record<RatingValue, string>; gradeHelp: Record<RatingValue, string>; reasons: Record<string, string>; refusals: Record<string, string>;
  hiddenPart: string; followUps: string; chineseBody: string; openQuestion: string;
  flag: string; unflag: string; bury: string; suspend: string; buried: string; suspended: string;
  counts: string; position: string; undo: string; undone: string; shortcuts: string; record: string; error: string; loading: string;
  done: string; summary: string; mix: string; nextIn: string; nothingDue: string; continue: string; progress: string;
  drillDone: string; drillSummary: string; drillAgain: string; backToQuestions: string;
};

/** The review and drill screens' strings, translated on the server so the client bundle carries none. */
export async function sessionLabels(locale: string): Promise<SessionLabels> {
  const t = await getTranslations({ locale, namespace: "review" });
  const keys = [
    "reveal", "answerBox", "keyPoints", "pitfall", "pitfallHit", "suggested", "hiddenPart", "followUps", "chineseBody", "openQuestion",
    "flag", "unflag", "bury", "suspend", "buried", "suspended", "counts", "position", "undo", "undone", "shortcuts", "record", "error", "loading",
    "done", "summary", "mix", "nextIn", "nothingDue", "continue", "progress", "drillDone", "drillSummary", "drillAgain", "backToQuestions",
  ] as const;
  // Messages with {placeholders} are handed over raw and filled in on the client (fill()).
  const raw = Object.fromEntries(keys.map((k) => [k, t.raw(k) as string])) as Record<(typeof keys)[number], string>;
  return {
    ...raw,
    grades: { 1: t("grade1"), 2: t("grade2"), 3: t("grade3"), 4: t("grade4") },
    gradeHelp: { 1: t("help1"), 2: t("help2"), 3: t("help3"), 4: t("help4") },
    reasons: { complete: t("reasonComplete"), pitfall: t("reasonPitfall"), "minor-gap": t("reasonMinorGap"), "major-gap": t("reasonMajorGap"), "no-rubric": t("reasonNoRubric") },
    // A refused grade is explained in the reader's language; the API's own message is English.
    refusals: { conflict: t("refusedConflict"), not_due: t("refusedNotDue"), new_limit: t("refusedNewLimit"), not_found: t("refusedNotFound") },
  };
}
