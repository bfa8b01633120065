"use client";
import { useState } from "react";
import { Link } from "@/i18n/navigation";
import { startStudying } from "@/lib/practice/actions";
import { AUTO_PLAN, NO_PLAN, planToStart } from "@/lib/practice/onboarding";
import { fill } from "@/lib/i18n-text";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { FormStatus } from "@/components/ui/form-status";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";

export type WelcomeLabels = Record<"directions" | "directionsHint" | "interviewDate" | "interviewHint" | "plan" | "planAuto" | "planNone" | "planHint" | "timeZone" | "start" | "skip" | "questions", string>;
type WelcomeFormProps = {
  values: { directions: string[]; interviewDate: string; timeZone: string };
  detectTimeZone: boolean;
  directions: { value: string; label: string; count: number }[];
  plans: { value: string; direction: string; label: string }[];
  timeZones: { value: string; label: string }[];
  labels: WelcomeLabels;
};

const control = "rounded border border-line bg-surface px-3 py-2";

export function WelcomeForm({ values, detectTimeZone, directions, plans, timeZones, labels }: WelcomeFormProps) {
  const { state, pending, formProps } = useActionForm(startStudying);
  const errors = state.ok ? undefined : state.fieldErrors;
  const [picked, setPicked] = useState<string[]>(values.directions);
  // "auto" follows the first direction in the list's order, as the server reads the form.
  const ordered = directions.map((d) => d.value).filter((d) => picked.includes(d));
  const autoPlan = plans.find((p) => p.value === planToStart(AUTO_PLAN, ordered, plans.map((x) => ({ slug: x.value, direction: x.direction }))));
  const toggle = (value: string, on: boolean) => setPicked((now) => (on ? [...now, value] : now.filter((d) => d !== value)));
  const error = (field: string) => errors?.[field] && <p id={`${field}-error`} className="mt-1 text-sm text-bad">{errors[field]!.join(" ")}</p>;
  return (
    <form {...formProps} noValidate className="max-w-2xl space-y-6">
      <FormStatus state={state} />
      <fieldset aria-describedby="directions-hint">
        <legend className="text-lg font-semibold">{labels.directions}</legend>
        <p id="directions-hint" className="mb-2 text-sm text-muted">{labels.directionsHint}</p>
        <div className="grid gap-2 sm:grid-cols-2">
          {directions.map((d) => (
            <label key={d.value} className="flex items-center gap-2 rounded border border-line px-3 py-2 text-sm has-checked:border-accent has-checked:bg-surface-2">
              <input type="checkbox" name="directions" value={d.value} defaultChecked={values.directions.includes(d.value)} onChange={(e) => toggle(d.value, e.currentTarget.checked)} />
              <span className="flex-1">{d.label}</span>
              <span className="text-xs text-muted">{fill(labels.questions, { n: d.count })}</span>
            </label>
          ))}
        </div>
        {error("directions")}
      </fieldset>
      <div>
        <label htmlFor="interviewDate" className="block text-lg font-semibold">{labels.interviewDate}</label>
        <p id="interviewDate-hint" className="mb-2 text-sm text-muted">{labels.interviewHint}</p>
        <DateInput id="interviewDate" name="interviewDate" defaultValue={values.interviewDate} aria-describedby={errors?.interviewDate ? "interviewDate-hint interviewDate-error" : "interviewDate-hint"} aria-invalid={errors?.interviewDate ? true : undefined} className={control} />
        {error("interviewDate")}
      </div>
      <div>
        <label htmlFor="plan" className="block text-lg font-semibold">{labels.plan}</label>
        <p id="plan-hint" className="mb-2 text-sm text-muted">{labels.planHint}</p>
        <select id="plan" name="plan" defaultValue={AUTO_PLAN} aria-describedby="plan-hint" className={`${control} w-full`}>
          <option value={AUTO_PLAN}>{fill(labels.planAuto, { plan: autoPlan?.label ?? "—" })}</option>
          {plans.map((p) => (
            <option key={p.value} value={p.value}>{p.label}</option>
          ))}
          <option value={NO_PLAN}>{labels.planNone}</option>
        </select>
        {error("plan")}
      </div>
      <div>
        <label htmlFor="timeZone" className="block text-sm font-medium">{labels.timeZone}</label>
        <TimeZoneSelect name="timeZone" value={values.timeZone} choices={timeZones} detect={detectTimeZone} className={`${control} mt-1 w-full text-sm`} />
        {error("timeZone")}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>{labels.start}</Button>
        <Link href="/study" className="text-sm text-muted">{labels.skip}</Link>
      </div>
    </form>
  );
}
