"use client";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";

/** Puts a suspended card back into review (POST /api/review/card), then shows the page afresh. */
export function UnsuspendButton({ cardId, label }: { cardId: string; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const unsuspend = async () => {
    setBusy(true);
    const r = await fetch("/api/review/card", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ cardId, action: "unsuspend" }) }).catch(() => null);
    setBusy(false);
    if (r?.ok) router.refresh();
  };
  return (
    <button type="button" onClick={unsuspend} disabled={busy} className="rounded border border-line px-1.5 py-0.5 hover:bg-surface-2">{label}</button>
  );
}
