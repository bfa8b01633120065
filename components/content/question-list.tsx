import { Link } from "@/i18n/navigation";
import { pick } from "@/lib/i18n-text";
import type { QuestionStatus } from "@/lib/practice/question-status";
import { UnsuspendButton } from "@/components/practice/unsuspend-button";
import { LevelBadge } from "./level-badge";

type Row = { id: string; level: string; titleZh: string; titleEn: string; directions?: string[]; status?: QuestionStatus; flagged?: boolean };
type QuestionListProps = {
  locale: string;
  questions: Row[];
  /** Direction chips on each row (label by slug), linking to the bank filtered by that direction. */
  directionLabels?: Record<string, string>;
  /** The signed-in user's status per row. */
  status?: { labels: Record<QuestionStatus, string>; flagged: string; unsuspend: string };
};

const STATUS_TONE: Record<QuestionStatus, string> = {
  new: "border-line text-muted",
  learning: "border-warn text-warn",
  due: "border-bad text-bad",
  review: "border-accent text-accent",
  mastered: "border-good text-good",
  suspended: "border-line text-muted line-through",
};

export function QuestionList({ locale, questions, directionLabels, status }: QuestionListProps) {
  return (
    <ul className="divide-y divide-line border-y border-line">
      {questions.map((q) => (
        <li key={q.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-3" data-testid="bank-row">
          <LevelBadge level={q.level} />
          <Link href={`/questions/${q.id}`} className="min-w-0 flex-1 hover:text-accent" lang={locale === "en" ? "en" : "zh-CN"}>
            {pick(locale, q.titleZh, q.titleEn)}
          </Link>
          {status && q.status && (
            <span className="flex items-center gap-2 text-xs">
              {q.flagged && <span className="text-warn" title={status.flagged}>★<span className="sr-only">{status.flagged}</span></span>}
              <span className={`rounded border px-1.5 py-0.5 ${STATUS_TONE[q.status]}`} data-testid="bank-status">{status.labels[q.status]}</span>
              {q.status === "suspended" && <UnsuspendButton cardId={`q:${q.id}`} label={status.unsuspend} />}
            </span>
          )}
          {directionLabels && q.directions && q.directions.length > 0 && (
            <span className="flex w-full flex-wrap gap-1 pl-9 text-xs">
              {q.directions.map((d) => (
                <Link key={d} href={`/questions?direction=${d}`} className="rounded bg-surface-2 px-1.5 py-0.5 text-muted hover:text-accent">{directionLabels[d] ?? d}</Link>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
