"use client";
import { setUserRole } from "@/lib/admin/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { ROLES, type Role } from "@/lib/auth/roles";

type RoleFormProps = { userId: string; role: Role; label: string; roleLabels: Record<Role, string>; submit: string };

export function RoleForm({ userId, role, label, roleLabels, submit }: RoleFormProps) {
  const { state, pending, formProps } = useActionForm(setUserRole);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <select name="role" defaultValue={role} aria-label={label} className="rounded border border-line bg-surface px-2 py-1">
        {ROLES.map((r) => (
          <option key={r} value={r}>{roleLabels[r]}</option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="rounded border border-line px-2 py-1 text-sm hover:bg-surface-2">{submit}</button>
      {state.message && <span role={state.ok ? "status" : "alert"} className={`text-xs ${state.ok ? "text-good" : "text-bad"}`}>{state.message}</span>}
    </form>
  );
}
