"use client";
import { useEffect, useState } from "react";
import { DraftSaver, type DraftView } from "@/lib/forms/draft-saver";

export type DraftLabels = Record<"saving" | "saved" | "saveFailed" | "stale" | "useTheirs" | "keepMine" | "answeredElsewhere" | "reload", string>;

const poster = (url: string) => async (body: unknown, keepalive: boolean) => {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), keepalive });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as { version?: number; error?: string; draft?: string } };
};

type UseDraftOptions = {
  /** The route that saves (POST { ...target, draft, baseVersion }). */
  url: string;
  target: Record<string, string>;
  storageKey: string;
  initial: { text: string; version: number };
  labels: DraftLabels;
};

/** A text field's autosave (lib/forms/draft-saver.ts) and what it says about itself. */
export function useDraft({ url, target, storageKey, initial, labels }: UseDraftOptions) {
  const [view, setView] = useState<DraftView>({ status: "idle", theirs: null });
  const [saver] = useState(() => new DraftSaver({ target, storageKey, initial, post: poster(url), storage: typeof window === "undefined" ? null : window.localStorage, onChange: setView }));
  useEffect(() => {
    const flush = () => saver.flush();
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      saver.dispose();
    };
  }, [saver]);

  const { status } = view;
  const panel =
    status === "stale" ? (
      <div role="alert" className="mt-2 rounded border border-warn p-3 text-sm">
        <p>{labels.stale}</p>
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" onClick={() => saver.takeTheirs()} className="rounded border border-line px-3 py-1">{labels.useTheirs}</button>
          <button type="button" onClick={() => saver.keepMine()} className="rounded border border-line px-3 py-1">{labels.keepMine}</button>
        </div>
      </div>
    ) : status === "answered" ? (
      <div role="alert" className="mt-2 rounded border border-warn p-3 text-sm">
        <p>{labels.answeredElsewhere}</p>
        <button type="button" onClick={() => window.location.reload()} className="mt-2 rounded border border-line px-3 py-1">{labels.reload}</button>
      </div>
    ) : (
      <p role="status" className={`mt-1 min-h-5 text-xs ${status === "failed" ? "text-bad" : "text-muted"}`} data-testid="draft-status">
        {status === "saving" ? labels.saving : status === "saved" ? labels.saved : status === "failed" ? labels.saveFailed : ""}
      </p>
    );
  return { attach: (el: HTMLTextAreaElement | HTMLInputElement | null) => saver.attach(el), onInput: () => saver.input(), panel };
}
