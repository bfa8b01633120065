"use client";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/result";

const INITIAL = { ok: true } as ActionResult<never>;

/**
 * A server-action form that keeps what the user typed when the action refuses it.
 * NOTE: React 19 resets a form after its `action` runs, so a wrong password would also wipe
 * the email. Submitting through onSubmit (with the action still on the form for no-JS
 * browsers) avoids that; `resetOnSuccess` clears the form only when the action succeeded.
 */
export function useActionForm<T>(action: (prev: ActionResult<T>, data: FormData) => Promise<ActionResult<T>>, options: { resetOnSuccess?: boolean } = {}) {
  const [state, formAction, pending] = useActionState(action, INITIAL as ActionResult<T>);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (options.resetOnSuccess && state !== INITIAL && state.ok) ref.current?.reset();
  }, [state, options.resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, pending, formProps: { ref, action: formAction, onSubmit } };
}
