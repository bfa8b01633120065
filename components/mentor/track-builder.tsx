"use client";
import { useEffect, useId, useRef, useState } from "react";

export type TrackOption = { key: string; label: string; meta: string };

type Labels = {
  search: string;
  results: string;
  chosen: string;
  add: string;
  up: string;
  down: string;
  remove: string;
  none: string;
  noMatch: string;
  count: string; // "{n}" is replaced
};

const MAX_RESULTS = 12;

/**
 * Builds a custom track from the bank: search questions and notes, add them, put them in
 * study order. The form receives the same one-item-per-line text the server already parses
 * (`question:<id>` / `note:<slug>`), so the action and its validation stay as they are.
 */
export function TrackBuilder({ name, options, labels }: { name: string; options: TrackOption[]; labels: Labels }) {
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const ids = useId();
  const hidden = useRef<HTMLInputElement>(null);
  const search = useRef<HTMLInputElement>(null);
  // The form clears itself after a successful submit; the chosen list goes with it.
  useEffect(() => {
    const form = hidden.current?.form;
    const clear = () => {
      setChosen([]);
      setQuery("");
    };
    form?.addEventListener("reset", clear);
    return () => form?.removeEventListener("reset", clear);
  }, []);
  const byKey = new Map(options.map((o) => [o.key, o]));
  const needle = query.trim().toLowerCase();
  const results = needle
    ? options.filter((o) => !chosen.includes(o.key) && `${o.label} ${o.meta} ${o.key}`.toLowerCase().includes(needle)).slice(0, MAX_RESULTS)
    : [];
  const move = (index: number, by: -1 | 1) =>
    setChosen((list) => {
      const to = index + by;
      if (to < 0 || to >= list.length) return list; // an aria-disabled button still clicks
      const next = [...list];
      [next[index], next[to]] = [next[to]!, next[index]!];
      return next;
    });
  const button = "rounded border border-line px-2 py-0.5 text-xs hover:bg-surface-2 aria-disabled:opacity-40";

  return (
    <div className="mb-3 text-sm">
      <input ref={hidden} type="hidden" name={name} value={chosen.join("\n")} />
      <label className="block" htmlFor={`${ids}-q`}>{labels.search}</label>
      <input
        id={`${ids}-q`}
        ref={search}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && e.preventDefault() /* Enter searches, it does not submit */}
        className="mt-1 w-full rounded border border-line bg-surface px-3 py-2"
      />
      {needle && (
        <div className="mt-2">
          <h3 className="sr-only">{labels.results}</h3>
          {results.length === 0 ? <p className="text-muted">{labels.noMatch}</p> : (
            <ul className="max-h-64 space-y-1 overflow-y-auto">
              {results.map((o) => (
                <li key={o.key} className="flex items-start justify-between gap-2">
                  <span>{o.label} <span className="text-xs text-muted">{o.meta}</span></span>
                  <button type="button" className={button} aria-label={`${labels.add}: ${o.label}`} onClick={() => setChosen((list) => [...list, o.key])}>
                    {labels.add}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <h3 className="mt-3 font-medium">{labels.chosen}</h3>
      <p className="text-xs text-muted" aria-live="polite">{labels.count.replace("{n}", String(chosen.length))}</p>
      {chosen.length === 0 ? <p className="text-muted">{labels.none}</p> : (
        <ol className="mt-1 list-decimal space-y-1 pl-5" data-testid="track-chosen">
          {chosen.map((key, i) => {
            const label = byKey.get(key)?.label ?? key;
            return (
              <li key={key}>
                <div className="flex items-start justify-between gap-2">
                  <span>{label}</span>
                  <span className="flex shrink-0 gap-1">
                    {/* aria-disabled, not disabled: an item moved to the top or bottom keeps focus on its button */}
                    <button type="button" className={button} aria-disabled={i === 0} aria-label={`${labels.up}: ${label}`} onClick={() => move(i, -1)}>↑</button>
                    <button type="button" className={button} aria-disabled={i === chosen.length - 1} aria-label={`${labels.down}: ${label}`} onClick={() => move(i, 1)}>↓</button>
                    <button type="button" className={button} aria-label={`${labels.remove}: ${label}`} onClick={() => {
                      setChosen((list) => list.filter((k) => k !== key));
                      search.current?.focus(); // the button is gone: keep keyboard users in the builder
                    }}>✕</button>
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
