import { getTranslations, setRequestLocale } from "next-intl/server";
import { listPapers } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";

export default async function PapersPage({ params }: PageProps<"/[locale]/papers">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "papers" });
  const papers = await listPapers();
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ol className="relative border-l border-line pl-6">
        {papers.map((p) => (
          <li key={p.id} id={p.id} className="mb-6 scroll-mt-20">
            <span className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full border border-line bg-surface" aria-hidden="true" />
            <p className="text-sm text-muted">
              <time>{p.date}</time>
              {p.lists.map((l) => (
                <span key={l} className="ml-2">
                  <Badge>{t(`lists.${l}`)}</Badge>
                </span>
              ))}
            </p>
            <h2 className="font-medium">
              {p.url || p.arxiv ? (
                <a href={p.arxiv ? `https://arxiv.org/abs/${p.arxiv}` : p.url!} rel="noopener noreferrer">
                  {p.title}
                </a>
              ) : (
                p.title
              )}
            </h2>
            <p className="text-sm">
              {p.authors && <span className="text-muted">{p.authors} · </span>}
              <span className="text-muted">{p.arxiv ? `arXiv:${p.arxiv}` : t("noArxiv")}</span>
            </p>
            <p className="mt-1 text-sm">{pick(locale, p.contributionZh, p.contributionEn)}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
