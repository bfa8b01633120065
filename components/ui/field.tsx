import { DateInput } from "./date-input";

type FieldProps = React.InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
};

/**
 * A labelled input whose errors are announced and tied to it (aria-describedby). The id
 * defaults to the name; pass one when two forms on a page share a field name.
 */
export function Field({ label, name, id = name, errors, hint, ...input }: FieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [errors?.length ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {input.type === "date" ? (
        <DateInput
          id={id}
          name={name}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className="rounded border border-line bg-surface px-3 py-2 aria-invalid:border-bad"
          {...input}
          defaultValue={input.defaultValue === undefined ? undefined : String(input.defaultValue)}
        />
      ) : (
        <input
          id={id}
          name={name}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className="w-full rounded border border-line bg-surface px-3 py-2 aria-invalid:border-bad"
          {...input}
        />
      )}
      {hint && <p id={hintId} className="mt-1 text-xs text-muted">{hint}</p>}
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm text-bad">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
