"use client";

/** Opens the browser's print dialog (the site header and footer do not print). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-accent px-3 py-1.5 text-sm text-accent-fg print:hidden">
      {label}
    </button>
  );
}
