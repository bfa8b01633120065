import { Link } from "@/i18n/navigation";
import { pick } from "@/lib/i18n-text";
import { LevelBadge } from "./level-badge";

type QuestionListProps = {
  locale: string;
  questions: { id: string; level: string; titleZh: string; titleEn: string }[];
};

export function QuestionList({ locale, questions }: QuestionListProps) {
  return (
    <ul className="divide-y divide-line border-y border-line">
      {questions.map((q) => (
        <li key={q.id} className="flex items-baseline gap-3 py-3">
          <LevelBadge level={q.level} />
          <Link href={`/questions/${q.id}`} className="hover:text-accent" lang={locale === "en" ? "en" : "zh-CN"}>
            {pick(locale, q.titleZh, q.titleEn)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
