/** Grade an answer without recording it (POST /api/checks/answer); null when refused. */
import type { CheckResponse } from "@/lib/checks/grade";
import type { CheckVerdict } from "./check-card";

export async function answerWithoutRecording(checkId: string, response: CheckResponse): Promise<CheckVerdict | null> {
  const reply = await fetch("/api/checks/answer", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ checkId, response }) });
  return reply.ok ? ((await reply.json()) as CheckVerdict) : null;
}
