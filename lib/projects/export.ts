/**
 * A project as Markdown to take away: the story as written, then each probe prepared on it
 * with the last answer given. Pure.
 */
import { STORY_FIELDS, type Story, type StoryField } from "./fields.ts";

export type PreparedProbe = { question: string; answer: string };

export function projectMarkdown(story: Story, headings: Record<StoryField, string>, directions: string[], prepared: PreparedProbe[], labels: { directions: string; prepared: string; untitled: string }): string {
  const lines = [`# ${story.title?.trim() || labels.untitled}`, ""];
  if (directions.length) lines.push(`${labels.directions}: ${directions.join(" · ")}`, "");
  for (const field of STORY_FIELDS) {
    const text = story[field]?.trim();
    if (field === "title" || !text) continue;
    lines.push(`## ${headings[field]}`, "", text, "");
  }
  if (prepared.length) {
    lines.push(`## ${labels.prepared}`, "");
    for (const p of prepared) lines.push(`### ${p.question}`, "", p.answer.trim() || "—", "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
