/**
 * Names stored before every path went through the display-name rule (lib/text/display-name.ts)
 * — empty, 15,000 characters, NUL, lone surrogates, text-direction overrides — are cleaned so
 * every name shown obeys it: the rule's own cleaning where that is enough, otherwise the
 * visible characters kept and cut to length, or a neutral name when nothing visible is left.
 */
import { checkDisplayName, NAME_MAX } from "../../text/display-name.ts";
import type { DataMigration } from "./index.ts";

export function repairedName(name: string, fallback: string): string {
  const checked = checkDisplayName(name);
  if (checked.ok) return checked.name;
  const stripped = checkDisplayName(
    [...name.toWellFormed().replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]/gu, " ")]
      .slice(0, NAME_MAX)
      .join(""),
  );
  return stripped.ok ? stripped.name : fallback;
}

export const displayNames: DataMigration = {
  id: "2026-12-display-names",
  async run(tx) {
    let changed = 0;
    for (const u of await tx.user.findMany({ select: { id: true, name: true } })) {
      const name = repairedName(u.name, `User ${u.id.slice(0, 6)}`);
      if (name !== u.name) {
        await tx.user.update({ where: { id: u.id }, data: { name } });
        changed++;
      }
    }
    for (const c of await tx.cohort.findMany({ select: { id: true, name: true } })) {
      const name = repairedName(c.name, `Cohort ${c.id.slice(0, 6)}`);
      if (name !== c.name) {
        await tx.cohort.update({ where: { id: c.id }, data: { name } });
        changed++;
      }
    }
    return changed;
  },
};
