/** What every server action returns (and `useActionState` forms display). Pure. */
export type ActionError = "unauthenticated" | "forbidden" | "invalid" | "conflict" | "rate_limited" | "not_found";
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error: ActionError; message: string; fieldErrors?: FieldErrors };

export const initialResult = { ok: true } as ActionResult<never>;

export function fail(error: ActionError, message: string, fieldErrors?: FieldErrors): ActionResult<never> {
  return { ok: false, error, message, fieldErrors };
}

/**
 * zod issues → `{ field: [messages] }`, so each form field shows its own error. Schema messages
 * are translation keys; `translate` turns them into the user's language (unknown keys stay).
 */
export function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[], translate: (key: string) => string = (k) => k): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(translate(issue.message));
  }
  return out;
}
