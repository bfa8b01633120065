"use client";
import { useState } from "react";
import { gradeMockItem } from "@/lib/mock/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

type RubricFormProps = {
  mockId: string;
  itemId: string;
  points: React.ReactNode[];
  pitfall: React.ReactNode;
  labels: { keyPoints: string; pitfall: string; pitfallHit: string; submit: string; score: string };
};

/** Self-grading against the rubric: each key point is one checkbox. */
export function RubricForm({ mockId, itemId, points, pitfall, labels }: RubricFormProps) {
  const { state, pending, formProps } = useActionForm(gradeMockItem);
  const [checked, setChecked] = useState(0);
  return (
    <form {...formProps} onChange={(e) => setChecked(e.currentTarget.querySelectorAll("input[name=checked]:checked").length)}>
      <FormStatus state={state} />
      <input type="hidden" name="mockId" value={mockId} />
      <input type="hidden" name="itemId" value={itemId} />
      <fieldset className="rounded-lg border border-line p-4">
        <legend className="px-1 font-semibold">{labels.keyPoints}</legend>
        <ul className="space-y-2">
          {points.map((p, i) => (
            <li key={i}>
              <label className="flex items-start gap-3">
                <input type="checkbox" name="checked" value={i} className="mt-1.5 h-4 w-4 shrink-0" />
                <span>{p}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4 rounded-lg border border-warn p-4">
        <h3 className="mb-1 font-semibold text-warn">{labels.pitfall}</h3>
        {pitfall}
        <label className="mt-3 flex items-center gap-2 text-sm">
          <input type="checkbox" name="pitfallHit" /> {labels.pitfallHit}
        </label>
      </div>
      <p className="mt-3 text-sm" role="status">{labels.score.replace("{hit}", String(checked)).replace("{total}", String(points.length))}</p>
      <Button type="submit" disabled={pending} className="mt-3">{labels.submit}</Button>
    </form>
  );
}
