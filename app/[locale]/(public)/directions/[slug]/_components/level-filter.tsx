"use client";
import { useState, type ReactNode } from "react";

type Group = { level: string; count: number; list: ReactNode };

/** The direction's questions by level, with buttons to show one level; without JavaScript, all show. */
export function LevelFilter({ groups, label, all }: { groups: Group[]; label: string; all: string }) {
  const [level, setLevel] = useState<string | null>(null);
  const button = (value: string | null, text: string) => (
    <button key={value ?? "all"} type="button" aria-pressed={level === value} onClick={() => setLevel(value)} className="rounded border border-line px-3 py-1 text-sm aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-accent-fg">
      {text}
    </button>
  );
  return (
    <>
      <div role="group" aria-label={label} className="mb-3 flex flex-wrap gap-2">
        {button(null, all)}
        {groups.map((g) => button(g.level, `${g.level} (${g.count})`))}
      </div>
      {groups.map((g) => (
        <div key={g.level} hidden={level !== null && level !== g.level} data-level={g.level}>
          {g.list}
        </div>
      ))}
    </>
  );
}
