"use client";
import { changePassword, deleteAccount } from "@/lib/auth/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

type PasswordLabels = { current: string; next: string; confirm: string; hint: string; save: string };

export function ChangePasswordForm({ labels }: { labels: PasswordLabels }) {
  const { state, pending, formProps } = useActionForm(changePassword, { resetOnSuccess: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form {...formProps} noValidate>
      <FormStatus state={state} />
      <Field label={labels.current} name="currentPassword" type="password" autoComplete="current-password" required errors={errors?.currentPassword} />
      <Field label={labels.next} name="newPassword" type="password" autoComplete="new-password" required hint={labels.hint} errors={errors?.newPassword} />
      <Field label={labels.confirm} name="confirm" type="password" autoComplete="new-password" required errors={errors?.confirm} />
      <Button type="submit" disabled={pending}>{labels.save}</Button>
    </form>
  );
}

type DeleteLabels = { password: string; confirm: string; submit: string };

export function DeleteAccountForm({ labels }: { labels: DeleteLabels }) {
  const { state, pending, formProps } = useActionForm(deleteAccount);
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form {...formProps} noValidate>
      <FormStatus state={state} />
      <Field label={labels.password} name="password" id="delete-password" type="password" autoComplete="current-password" required errors={errors?.password} />
      <Field label={labels.confirm} name="confirm" id="delete-confirm" required autoComplete="off" errors={errors?.confirm} />
      <Button type="submit" variant="danger" disabled={pending}>{labels.submit}</Button>
    </form>
  );
}
