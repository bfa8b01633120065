"use client";
import { CheckCard } from "./check-card";
import { answerWithoutRecording } from "./check-api";
import type { CheckFaces } from "@/lib/checks/present";
import type { CheckLabels } from "./check-labels";

/** A check on a question page: graded by the server, nothing recorded. */
export function PageCheck({ checkId, faces, locale, labels }: { checkId: string; faces: CheckFaces; locale: string; labels: CheckLabels }) {
  return <CheckCard faces={faces} locale={locale} labels={labels} submit={(response) => answerWithoutRecording(checkId, response)} />;
}
