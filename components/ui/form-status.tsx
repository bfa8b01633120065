import type { ActionResult } from "@/lib/actions/result";

/** The form-level outcome of an action, announced to screen readers. */
export function FormStatus({ state }: { state: ActionResult<unknown> }) {
  if (state.ok && !state.message) return null;
  const text = state.ok ? state.message : state.message;
  return (
    <p role={state.ok ? "status" : "alert"} className={`mb-4 rounded border px-3 py-2 text-sm ${state.ok ? "border-good text-good" : "border-bad text-bad"}`}>
      {text}
    </p>
  );
}
