"use client";
import { CheckCard, type CheckVerdict } from "@/components/checks/check-card";
import type { CheckLabels } from "@/components/checks/check-labels";
import type { CheckResponse } from "@/lib/checks/grade";
import type { SessionCard } from "@/lib/practice/session-card";
import { CardFront } from "./card-view";
import { CardActions } from "./card-actions";
import type { CardActionName } from "./card-player";
import type { SessionLabels } from "./session-labels";

type CheckPlayerProps = {
  card: SessionCard;
  locale: string;
  labels: SessionLabels;
  checkLabels: CheckLabels;
  submit: (response: CheckResponse, durationMs: number) => Promise<CheckVerdict | null>;
  onNext: () => void;
  /** Card actions (bury, suspend, flag), while the check is unanswered — review sessions only. */
  onAction?: (action: CardActionName) => void;
};

/** A check card in a review or drill session: its question's title, the check, its actions. */
export function CheckPlayer({ card, locale, labels, checkLabels, submit, onNext, onAction }: CheckPlayerProps) {
  if (card.faces.kind !== "check") return null;
  return (
    <section className="rounded-lg border border-line p-4" data-testid="review-check" data-check-id={card.faces.checkId}>
      <CardFront card={card} locale={locale} labels={labels} />
      {onAction && <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted"><CardActions card={card} labels={labels} onAction={onAction} /></div>}
      <div className="mt-4">
        <CheckCard faces={card.faces} locale={locale} labels={checkLabels} submit={submit} onNext={onNext} globalKeys />
      </div>
    </section>
  );
}
