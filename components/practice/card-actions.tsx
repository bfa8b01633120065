"use client";
import { useEffect } from "react";
import type { SessionCard } from "@/lib/practice/session-card";
import type { CardActionName } from "./card-player";

type Labels = { flag: string; unflag: string; bury: string; suspend: string };

export const typingIn = (t: HTMLElement) => t.tagName === "TEXTAREA" || (t.tagName === "INPUT" && ["text", "number"].includes((t as HTMLInputElement).type));

/** Flag (*), bury until tomorrow (-) and suspend (@): buttons and keys, for every kind of review card. */
export function CardActions({ card, labels, onAction }: { card: SessionCard; labels: Labels; onAction: (action: CardActionName) => void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typingIn(event.target as HTMLElement) || event.altKey || event.ctrlKey || event.metaKey) return;
      const action: CardActionName | null = event.key === "-" ? "bury" : event.key === "@" ? "suspend" : event.key === "*" ? (card.flagged ? "unflag" : "flag") : null;
      if (!action) return;
      event.preventDefault();
      onAction(action);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });
  return (
    <>
      <button type="button" className="underline" onClick={() => onAction(card.flagged ? "unflag" : "flag")} aria-pressed={card.flagged}>{card.flagged ? labels.unflag : labels.flag} <kbd>*</kbd></button>
      <button type="button" className="underline" onClick={() => onAction("bury")}>{labels.bury} <kbd>-</kbd></button>
      <button type="button" className="underline" onClick={() => onAction("suspend")}>{labels.suspend} <kbd>@</kbd></button>
    </>
  );
}
