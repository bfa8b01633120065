"use client";
import { useEffect, useState } from "react";
import { fill } from "@/lib/i18n-text";
import { useSession } from "@/components/layout/use-session";

type Mine = { slug: string; status: string; coverage: number }[];

// Every card on /plans asks; one request answers them all (and a later visit asks again).
let mine: { at: number; plans: Promise<Mine> } | null = null;
function myPlans(): Promise<Mine> {
  if (!mine || Date.now() - mine.at > 5000) {
    const plans = fetch("/api/plans/me", { credentials: "same-origin", cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<Mine>) : []))
      .catch(() => []);
    mine = { at: Date.now(), plans };
  }
  return mine.plans;
}

/** "Enrolled · 42 %" on a plan card for the signed-in user who started it. */
export function MyPlanBadge({ slug, labels }: { slug: string; labels: { active: string; paused: string } }) {
  const session = useSession();
  const [entry, setEntry] = useState<Mine[number] | null>(null);
  useEffect(() => {
    if (!session) return;
    let live = true;
    void myPlans().then((list) => live && setEntry(list.find((p) => p.slug === slug) ?? null));
    return () => {
      live = false;
    };
  }, [session, slug]);
  if (!entry) return null;
  const label = entry.status === "paused" ? labels.paused : labels.active;
  return <span className="rounded bg-accent px-2 py-0.5 text-xs text-accent-fg" data-testid={`my-plan-${slug}`}>{fill(label, { pct: Math.round(entry.coverage * 100) })}</span>;
}
