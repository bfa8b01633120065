import "server-only";
import { getTranslations } from "next-intl/server";
import type { SessionLabels } from "./review-session";

/** The review UI's strings, translated on the server so the client bundle carries none. */
export async function sessionLabels(locale: string): Promise<SessionLabels> {
  const t = await getTranslations({ locale, namespace: "review" });
  return {
    reveal: t("reveal"), answerBox: t("answerBox"), keyPoints: t("keyPoints"), pitfall: t("pitfall"), pitfallHit: t("pitfallHit"),
    suggested: t("suggested"),
    grades: { 1: t("grade1"), 2: t("grade2"), 3: t("grade3"), 4: t("grade4") },
    gradeHelp: { 1: t("help1"), 2: t("help2"), 3: t("help3"), 4: t("help4") },
    reasons: { complete: t("reasonComplete"), pitfall: t("reasonPitfall"), "minor-gap": t("reasonMinorGap"), "major-gap": t("reasonMajorGap"), "no-rubric": t("reasonNoRubric") },
    // A refused grade is explained in the reader's language; the API's own message is English.
    refusals: { conflict: t("refusedConflict"), not_due: t("refusedNotDue"), new_limit: t("refusedNewLimit"), not_found: t("refusedNotFound") },
    done: t("done"), doneText: t("doneText"), retry: t("retry"), error: t("error"), loading: t("loading"), shortcuts: t("shortcuts"), record: t("record"), next: t("next"),
  };
}
