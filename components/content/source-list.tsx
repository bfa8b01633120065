import { Link } from "@/i18n/navigation";
import type { Source } from "@/lib/content/schema";

type SourceListProps = { sources: Source[]; paperIds: Map<string, string> };

/** Cited sources: arXiv link when there is one, and the timeline entry when we have it. */
export function SourceList({ sources, paperIds }: SourceListProps) {
  return (
    <ul className="space-y-1 text-sm">
      {sources.map((s) => {
        const paperId = s.arxiv ? paperIds.get(s.arxiv.replace(/v\d+$/, "")) : undefined;
        return (
          <li key={`${s.title}-${s.arxiv ?? s.url ?? ""}`}>
            {paperId ? <Link href={`/papers#${paperId}`} className="underline">{s.title}</Link> : <span>{s.title}</span>}
            {s.arxiv && (
              <>
                {" · "}
                <a href={`https://arxiv.org/abs/${s.arxiv}`} rel="noopener noreferrer" className="text-accent underline">
                  arXiv:{s.arxiv}
                </a>
              </>
            )}
            {!s.arxiv && s.url && (
              <>
                {" · "}
                <a href={s.url} rel="noopener noreferrer" className="text-accent underline">
                  {new URL(s.url).hostname}
                </a>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
