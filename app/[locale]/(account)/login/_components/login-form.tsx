"use client";
import { signIn } from "@/lib/auth/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

type LoginFormProps = { next: string | null; labels: { email: string; password: string; submit: string } };

export function LoginForm({ next, labels }: LoginFormProps) {
  const { state, pending, formProps } = useActionForm(signIn);
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form {...formProps} noValidate>
      <FormStatus state={state} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field label={labels.email} name="email" type="email" autoComplete="email" required errors={errors?.email} />
      <Field label={labels.password} name="password" type="password" autoComplete="current-password" required errors={errors?.password} />
      <Button type="submit" disabled={pending} className="w-full">
        {labels.submit}
      </Button>
    </form>
  );
}
