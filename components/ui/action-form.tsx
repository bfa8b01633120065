"use client";
import type { ActionResult } from "@/lib/actions/result";
import { FormStatus } from "./form-status";
import { useActionForm } from "./use-action-form";

type ActionFormProps = {
  action: (prev: ActionResult, data: FormData) => Promise<ActionResult>;
  submit: string;
  children?: React.ReactNode;
  className?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Field errors shown under the form, by field name → label. */
  fields?: Record<string, string>;
};

const VARIANTS = {
  primary: "bg-accent text-accent-fg",
  secondary: "border border-line hover:bg-surface-2",
  danger: "bg-bad text-white",
};

/** A server-action form for the simple cases: fields come from the server, errors show here. */
export function ActionForm({ action, submit, children, className = "", variant = "primary", fields = {} }: ActionFormProps) {
  const { state, pending, formProps } = useActionForm(action, { resetOnSuccess: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form {...formProps} className={className}>
      <FormStatus state={state} />
      {children}
      {errors && Object.keys(errors).length > 0 && (
        <ul className="mb-2 text-sm text-bad">
          {Object.entries(errors).map(([k, v]) => (
            <li key={k}>{fields[k] ?? k}: {v?.join(" ")}</li>
          ))}
        </ul>
      )}
      <button type="submit" disabled={pending} className={`rounded px-3 py-1.5 text-sm ${VARIANTS[variant]} disabled:opacity-50`}>
        {submit}
      </button>
    </form>
  );
}
