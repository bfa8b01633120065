/** The fields of a project story, in the order the page shows them. Pure. */

export const STORY_FIELDS = ["title", "role", "problem", "approach", "results", "failures", "next"] as const;
export type StoryField = (typeof STORY_FIELDS)[number];

/** One-line fields are plain text; the rest are Markdown with math, rendered when saved. */
export const PLAIN_FIELDS: readonly StoryField[] = ["title", "role"];

export const MAX_FIELD_CHARS: Record<StoryField, number> = {
  title: 120, role: 200, problem: 5000, approach: 5000, results: 5000, failures: 5000, next: 5000,
};

export type Story = Partial<Record<StoryField, string>>;
