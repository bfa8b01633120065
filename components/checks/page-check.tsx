"use client";
import { CheckCard, type CheckVerdict } from "./check-card";
import type { CheckFaces } from "@/lib/checks/present";
import type { CheckResponse } from "@/lib/checks/grade";
import type { CheckLabels } from "./check-labels";

/** A check on a question page: graded by POST /api/checks/answer, nothing recorded. */
export function PageCheck({ checkId, faces, locale, labels }: { checkId: string; faces: CheckFaces; locale: string; labels: CheckLabels }) {
  const submit = async (response: CheckResponse): Promise<CheckVerdict | null> => {
    const reply = await fetch("/api/checks/answer", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ checkId, response }) });
    return reply.ok ? ((await reply.json()) as CheckVerdict) : null;
  };
  return <CheckCard faces={faces} locale={locale} labels={labels} submit={submit} />;
}
