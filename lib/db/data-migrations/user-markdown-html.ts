/**
 * Comments and assignment notes written before Markdown was rendered at write time get their
 * HTML now. Text over today's limits (the nesting that took pages down) is kept as escaped
 * plain text, so its page opens again and its author can edit or delete it.
 */
import { plainTextHtml, renderUserMarkdown } from "../../markdown/user-markdown.ts";
import type { DataMigration } from "./index.ts";

const htmlOf = (source: string) => {
  const rendered = renderUserMarkdown(source);
  return rendered.ok ? rendered.html : plainTextHtml(source);
};

export const userMarkdownHtml: DataMigration = {
  id: "2026-12-user-markdown-html",
  async run(tx) {
    let changed = 0;
    for (const c of await tx.assignmentComment.findMany({ where: { bodyHtml: null }, select: { id: true, body: true } })) {
      await tx.assignmentComment.update({ where: { id: c.id }, data: { bodyHtml: htmlOf(c.body) } });
      changed++;
    }
    for (const a of await tx.assignment.findMany({ where: { noteHtml: null }, select: { id: true, note: true } })) {
      await tx.assignment.update({ where: { id: a.id }, data: { noteHtml: a.note ? htmlOf(a.note) : "" } });
      changed++;
    }
    return changed;
  },
};
