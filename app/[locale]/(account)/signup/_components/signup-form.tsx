"use client";
import { signUp } from "@/lib/auth/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { InputLimits } from "@/lib/forms/limits";
import { useBrowserTimeZone } from "@/components/ui/use-browser-time-zone";

type SignupFormProps = { next: string | null; nameLimits: InputLimits; labels: { name: string; email: string; password: string; passwordHint: string; submit: string } };

export function SignupForm({ next, nameLimits, labels }: SignupFormProps) {
  const { state, pending, formProps } = useActionForm(signUp);
  const errors = state.ok ? undefined : state.fieldErrors;
  const timeZone = useBrowserTimeZone();
  return (
    <form {...formProps} noValidate>
      <FormStatus state={state} />
      {next && <input type="hidden" name="next" value={next} />}
      {timeZone && <input type="hidden" name="timeZone" value={timeZone} />}
      <Field label={labels.name} name="name" autoComplete="name" {...nameLimits} errors={errors?.name} />
      <Field label={labels.email} name="email" type="email" autoComplete="email" required errors={errors?.email} />
      <Field label={labels.password} name="password" type="password" autoComplete="new-password" required hint={labels.passwordHint} errors={errors?.password} />
      <Button type="submit" disabled={pending} className="w-full">
        {labels.submit}
      </Button>
    </form>
  );
}
