"use client";
import { useState } from "react";
import { useDraft, type DraftLabels } from "@/components/forms/use-draft";
import { storyGaps } from "@/lib/projects/completeness";
import { MAX_FIELD_CHARS, PLAIN_FIELDS, STORY_FIELDS, type Story, type StoryField } from "@/lib/projects/fields";
import type { ProbeKind } from "@/lib/content/schema";

export type StoryLabels = {
  fields: Record<StoryField, string>;
  hints: Record<StoryField, string>;
  gapsTitle: string;
  gaps: Partial<Record<ProbeKind, string>>;
  complete: string;
  draft: DraftLabels;
};

type FieldProps = { projectId: string; field: StoryField; initial: { text: string; version: number }; labels: StoryLabels; onText: (text: string) => void };

/** One field, autosaved as typed (lib/forms/draft-saver.ts): a reload, a crash or a second tab loses nothing. */
function StoryFieldInput({ projectId, field, initial, labels, onText }: FieldProps) {
  const { attach, onInput, panel } = useDraft({
    url: "/api/projects/part", target: { projectId, field }, storageKey: `rollout:project:${projectId}:${field}`, initial, labels: labels.draft,
  });
  const id = `story-${field}`;
  const common = {
    id, name: field, defaultValue: initial.text, maxLength: MAX_FIELD_CHARS[field], "aria-describedby": `${id}-hint`,
    onInput: (e: React.FormEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      onInput();
      onText(e.currentTarget.value);
    },
    className: "mt-1 w-full rounded border border-line bg-surface p-2",
  };
  return (
    <div className="mb-5" data-testid={`story-${field}`}>
      <label htmlFor={id} className="block text-sm font-medium">{labels.fields[field]}</label>
      <p id={`${id}-hint`} className="text-xs text-muted">{labels.hints[field]}</p>
      {PLAIN_FIELDS.includes(field) ? <input ref={attach} {...common} /> : <textarea ref={attach} rows={field === "approach" || field === "results" ? 8 : 5} {...common} />}
      {panel}
    </div>
  );
}

/**
 * The story's fields, each saved on its own as typed, and beside them what an interviewer
 * will ask that the story does not answer yet (recomputed as the candidate types).
 */
export function StoryEditor({ projectId, initial, labels }: { projectId: string; initial: Partial<Record<StoryField, { text: string; version: number }>>; labels: StoryLabels }) {
  const [story, setStory] = useState<Story>(() => Object.fromEntries(STORY_FIELDS.map((f) => [f, initial[f]?.text ?? ""])));
  const gaps = storyGaps(story);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <div>
        {STORY_FIELDS.map((field) => (
          <StoryFieldInput key={field} projectId={projectId} field={field} initial={initial[field] ?? { text: "", version: 0 }} labels={labels} onText={(text) => setStory((s) => ({ ...s, [field]: text }))} />
        ))}
      </div>
      <aside aria-labelledby="gaps" className="lg:sticky lg:top-4 lg:self-start">
        <h2 id="gaps" className="mb-2 text-base font-semibold">{labels.gapsTitle}</h2>
        {gaps.length === 0 ? (
          <p className="text-sm text-good" data-testid="story-complete">{labels.complete}</p>
        ) : (
          <ul className="space-y-2 text-sm" data-testid="story-gaps" aria-live="polite">
            {gaps.map((g) => <li key={g.kind} data-kind={g.kind} className="rounded border border-warn p-2"><a href={`#story-${g.field}`}>{labels.gaps[g.kind]}</a></li>)}
          </ul>
        )}
      </aside>
    </div>
  );
}
