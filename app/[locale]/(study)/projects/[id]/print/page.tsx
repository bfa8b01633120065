import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { listDirections } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { plainTextHtml } from "@/lib/markdown/user-markdown";
import { myProject, preparedProbes } from "@/lib/projects/queries";
import { StoredHtml } from "@/components/markdown/stored-html";
import { StoryView } from "@/components/projects/story-view";
import { PrintButton } from "@/components/ui/print-button";

/** One printable page of a project and its prepared answers (the site header and footer do not print). */
export default async function ProjectPrintPage({ params }: PageProps<"/[locale]/projects/[id]/print">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/projects/${id}/print`);
  const project = await myProject(user.id, id);
  if (!project) notFound();
  const [t, directions, prepared] = await Promise.all([getTranslations({ locale, namespace: "projects" }), listDirections(), preparedProbes(project.id)]);
  const dirLabel = new Map(directions.map((d) => [d.slug, pick(locale, d.titleZh, d.titleEn)]));
  return (
    <article className="mx-auto max-w-3xl print:max-w-none print:text-[11pt]">
      <div className="mb-6 flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton label={t("print")} />
        <a href={`/api/projects/${project.id}/markdown${locale === "en" ? "?locale=en" : ""}`} download>{t("downloadMarkdown")}</a>
        <Link href={`/projects/${project.id}`}>{t("grillBack")}</Link>
      </div>
      <h1 className="text-2xl font-bold">{project.story.title?.trim() || t("untitled")}</h1>
      {project.directions.length > 0 && <p className="mt-1 text-sm text-muted">{project.directions.map((d) => dirLabel.get(d) ?? d).join(" · ")}</p>}
      <StoryView parts={project.parts} locale={locale} />
      {prepared.length > 0 && (
        <section className="mt-8">
          <h2 className="text-lg font-semibold">{t("prepared")}</h2>
          {prepared.map((p, i) => (
            <div key={i} className="mt-3 break-inside-avoid">
              <h3 className="font-medium">{locale === "en" && p.questionEn ? p.questionEn : p.question}</h3>
              <StoredHtml className="prose mt-1 max-w-none" html={plainTextHtml(p.answer)} locale={locale} />
            </div>
          ))}
        </section>
      )}
    </article>
  );
}
