"use client";
import { saveStudySettings } from "@/lib/practice/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";
import type { InputLimits } from "@/lib/forms/limits";

type Option = { value: string; label: string };
type SettingsFormProps = {
  values: { desiredRetention: number; newPerDay: number; maxIntervalDays: number; directions: string[]; levels: string[]; includeFormulas: boolean; includeChecks: boolean; interviewDate: string; timeZone: string };
  directions: Option[];
  levels: Option[];
  timeZones: Option[];
  /** The user never chose a zone: offer the browser's. */
  detectTimeZone: boolean;
  limits: Record<"desiredRetention" | "newPerDay" | "maxIntervalDays", InputLimits>;
  labels: Record<"retention" | "retentionHint" | "newPerDay" | "maxInterval" | "directions" | "levels" | "formulas" | "checks" | "interviewDate" | "interviewHint" | "timeZone" | "save", string>;
};

export function SettingsForm({ values, directions, levels, timeZones, detectTimeZone, limits, labels }: SettingsFormProps) {
  const { state, pending, formProps } = useActionForm(saveStudySettings);
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form {...formProps} noValidate className="max-w-xl">
      <FormStatus state={state} />
      <Field label={labels.retention} name="desiredRetention" type="number" step="0.01" {...limits.desiredRetention} defaultValue={values.desiredRetention} hint={labels.retentionHint} errors={errors?.desiredRetention} />
      <Field label={labels.newPerDay} name="newPerDay" type="number" {...limits.newPerDay} defaultValue={values.newPerDay} errors={errors?.newPerDay} />
      <Field label={labels.maxInterval} name="maxIntervalDays" type="number" {...limits.maxIntervalDays} defaultValue={values.maxIntervalDays} errors={errors?.maxIntervalDays} />
      <fieldset className="mb-4">
        <legend className="mb-1 text-sm font-medium">{labels.directions}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {directions.map((d) => (
            <label key={d.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="directions" value={d.value} defaultChecked={values.directions.includes(d.value)} /> {d.label}
            </label>
          ))}
        </div>
        {errors?.directions && <p className="mt-1 text-sm text-bad">{errors.directions.join(" ")}</p>}
      </fieldset>
      <fieldset className="mb-4">
        <legend className="mb-1 text-sm font-medium">{labels.levels}</legend>
        <div className="flex gap-4">
          {levels.map((l) => (
            <label key={l.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="levels" value={l.value} defaultChecked={values.levels.includes(l.value)} /> {l.label}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="mb-4 flex items-center gap-2 text-sm">
        <input type="checkbox" name="includeFormulas" defaultChecked={values.includeFormulas} /> {labels.formulas}
      </label>
      <label className="mb-4 flex items-center gap-2 text-sm">
        <input type="checkbox" name="includeChecks" defaultChecked={values.includeChecks} /> {labels.checks}
      </label>
      <Field label={labels.interviewDate} name="interviewDate" type="date" defaultValue={values.interviewDate} hint={labels.interviewHint} errors={errors?.interviewDate} />
      <div className="mb-4">
        <label htmlFor="timeZone" className="mb-1 block text-sm font-medium">{labels.timeZone}</label>
        <TimeZoneSelect name="timeZone" value={values.timeZone} choices={timeZones} detect={detectTimeZone} className="w-full rounded border border-line bg-surface px-3 py-2" />
        {errors?.timeZone && <p className="mt-1 text-sm text-bad">{errors.timeZone.join(" ")}</p>}
      </div>
      <Button type="submit" disabled={pending}>{labels.save}</Button>
    </form>
  );
}
