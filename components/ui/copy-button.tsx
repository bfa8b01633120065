"use client";
import { useState } from "react";

/** Copies a text to the clipboard and says so. */
export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="rounded border border-line px-2 py-0.5 text-xs hover:bg-surface-2 print:hidden"
      onClick={() => navigator.clipboard?.writeText(text).then(() => setCopied(true))}
      aria-live="polite"
    >
      {copied ? done : label}
    </button>
  );
}
