import { Link } from "@/i18n/navigation";

type PaginationProps = { path: string; query: Record<string, string | undefined>; page: number; pages: number; labels: { nav: string; previous: string; next: string; page: string } };

/** Page links that keep the rest of the query (filters, sort); plain links, no JavaScript. */
export function Pagination({ path, query, page, pages, labels }: PaginationProps) {
  if (pages <= 1) return null;
  const href = (n: number) => {
    const params = new URLSearchParams(Object.entries({ ...query, page: n > 1 ? String(n) : undefined }).filter(([, v]) => v) as [string, string][]);
    return params.size ? `${path}?${params}` : path;
  };
  // First, last, and two either side of the current page.
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const item = "rounded border border-line px-3 py-1";
  return (
    <nav aria-label={labels.nav} className="mt-6 flex flex-wrap items-center gap-2 text-sm">
      {page > 1 && <Link href={href(page - 1)} className={item} rel="prev">{labels.previous}</Link>}
      {shown.map((n, i) => (
        <span key={n} className="flex items-center gap-2">
          {i > 0 && n - shown[i - 1]! > 1 && <span aria-hidden="true">…</span>}
          {n === page
            ? <span aria-current="page" className={`${item} bg-accent text-accent-fg`}>{n}</span>
            : <Link href={href(n)} className={item} aria-label={labels.page.replace("{n}", String(n))}>{n}</Link>}
        </span>
      ))}
      {page < pages && <Link href={href(page + 1)} className={item} rel="next">{labels.next}</Link>}
    </nav>
  );
}
