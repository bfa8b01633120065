import { ActionForm } from "@/components/ui/action-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { deleteAssignment, updateAssignment } from "@/lib/mentor/actions";
import { editAssignmentSchema } from "@/lib/mentor/schema";
import { inputLimits } from "@/lib/forms/limits";
import { fromStoredDate } from "@/lib/time/calendar-date";
import { formatCalendarDate } from "@/lib/time/format";
import { DateInput } from "@/components/ui/date-input";

type Assignment = { id: string; title: string; note: string; dueDate: Date };
type Labels = { to: string; edit: string; delete: string; save: string; confirmDelete: string; title: string; note: string; due: string };

const field = "mt-1 w-full rounded border border-line bg-surface px-3 py-2";

/** One assignment in the mentor's list, with editing (title, note, due date) and deletion behind a confirmation. */
export function AssignmentRow({ assignment: a, locale, labels }: { assignment: Assignment; locale: string; labels: Labels }) {
  return (
    <li className="py-2">
      <p>{formatCalendarDate(a.dueDate, locale)} · {a.title} · {labels.to}</p>
      <div className="mt-1 flex flex-wrap gap-4">
        <details>
          <summary className="cursor-pointer text-accent">{labels.edit}</summary>
          <ActionForm action={updateAssignment} submit={labels.save} className="mt-2 max-w-xl" fields={{ title: labels.title, note: labels.note, dueDate: labels.due }}>
            <input type="hidden" name="assignmentId" value={a.id} />
            <label className="mb-3 block">{labels.title}
              <input name="title" defaultValue={a.title} {...inputLimits(editAssignmentSchema, "title")} className={field} />
            </label>
            <label className="mb-3 block">{labels.due}
              <DateInput name="dueDate" defaultValue={fromStoredDate(a.dueDate)} required className={field} />
            </label>
            <label className="mb-3 block">{labels.note}
              <textarea name="note" rows={3} defaultValue={a.note} {...inputLimits(editAssignmentSchema, "note")} className={field} />
            </label>
          </ActionForm>
        </details>
        <ConfirmAction action={deleteAssignment} fields={{ assignmentId: a.id }} labels={{ open: labels.delete, confirm: labels.confirmDelete, submit: labels.delete }} />
      </div>
    </li>
  );
}
