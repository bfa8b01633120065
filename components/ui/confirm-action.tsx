import type { ActionResult } from "@/lib/actions/result";
import { ActionForm } from "./action-form";

type ConfirmActionProps = {
  action: (prev: ActionResult, data: FormData) => Promise<ActionResult>;
  /** The hidden fields the action needs (e.g. { commentId }). */
  fields: Record<string, string>;
  labels: { open: string; confirm: string; submit: string };
  tone?: "danger" | "secondary";
};

/**
 * An action that asks first (delete, leave): a disclosure that opens to the question and the
 * button. No JavaScript needed; keyboard-operable like any <details>.
 */
export function ConfirmAction({ action, fields, labels, tone = "danger" }: ConfirmActionProps) {
  return (
    <details>
      <summary className={`cursor-pointer ${tone === "danger" ? "text-bad" : "text-accent"}`}>{labels.open}</summary>
      <ActionForm action={action} submit={labels.submit} variant={tone} className="mt-2">
        <p className="mb-2">{labels.confirm}</p>
        {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      </ActionForm>
    </details>
  );
}
