"use client";
import { createMock } from "@/lib/mock/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

type NewMockFormProps = {
  directions: { value: string; label: string }[];
  /** Directions ticked from the start (a direction page's "mock this direction"). */
  chosen: string[];
  /** The candidate's projects, for a project round. */
  projects: { value: string; label: string }[];
  labels: {
    directions: string; mix: string; L1: string; L2: string; L3: string; quiz: string; quizHint: string; start: string;
    project: string; noProject: string; probes: string; projectHint: string;
  };
};

export function NewMockForm({ directions, chosen, projects, labels }: NewMockFormProps) {
  const { state, pending, formProps } = useActionForm(createMock);
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form {...formProps} className="rounded-lg border border-line p-4">
      <FormStatus state={state} />
      <fieldset className="mb-4">
        <legend className="mb-1 text-sm font-medium">{labels.directions}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {directions.map((d) => (
            <label key={d.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="directions" value={d.value} defaultChecked={chosen.includes(d.value)} /> {d.label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="mb-1 text-sm font-medium">{labels.mix}</legend>
        <div className="flex flex-wrap gap-4">
          {(["L1", "L2", "L3"] as const).map((l, i) => (
            <label key={l} className="text-sm">
              {labels[l]}
              <input type="number" name={l} min={0} max={10} defaultValue={[1, 1, 1][i]} className="ml-2 w-16 rounded border border-line bg-surface px-2 py-1" aria-invalid={errors?.[l] ? true : undefined} />
            </label>
          ))}
        </div>
        {errors?.L1 && <p className="mt-1 text-sm text-bad">{errors.L1.join(" ")}</p>}
      </fieldset>
      <div className="mb-4 text-sm">
        <label htmlFor="mock-quiz" className="font-medium">{labels.quiz}</label>
        <input id="mock-quiz" type="number" name="quiz" min={0} max={20} defaultValue={0} aria-describedby="mock-quiz-hint" aria-invalid={errors?.quiz ? true : undefined} className="ml-2 w-16 rounded border border-line bg-surface px-2 py-1" />
        <p id="mock-quiz-hint" className="mt-1 text-muted">{labels.quizHint}</p>
        {errors?.quiz && <p className="mt-1 text-bad">{errors.quiz.join(" ")}</p>}
      </div>
      {projects.length > 0 && (
        <fieldset className="mb-4 text-sm" aria-describedby="mock-project-hint">
          <legend className="mb-1 font-medium">{labels.project}</legend>
          <div className="flex flex-wrap items-center gap-4">
            <select name="project" aria-label={labels.project} defaultValue="" aria-invalid={errors?.project ? true : undefined} className="max-w-full rounded border border-line bg-surface px-2 py-1">
              <option value="">{labels.noProject}</option>
              {projects.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
            </select>
            <label htmlFor="mock-probes">{labels.probes}</label>
            <input id="mock-probes" type="number" name="probes" min={3} max={5} defaultValue={3} aria-invalid={errors?.probes ? true : undefined} className="w-16 rounded border border-line bg-surface px-2 py-1" />
          </div>
          <p id="mock-project-hint" className="mt-1 text-muted">{labels.projectHint}</p>
          {(errors?.project ?? errors?.probes) && <p className="mt-1 text-bad">{[...(errors.project ?? []), ...(errors.probes ?? [])].join(" ")}</p>}
        </fieldset>
      )}
      <Button type="submit" disabled={pending}>{labels.start}</Button>
    </form>
  );
}
