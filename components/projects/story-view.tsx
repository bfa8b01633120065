import { getTranslations } from "next-intl/server";
import { plainTextHtml } from "@/lib/markdown/user-markdown";
import { PLAIN_FIELDS, STORY_FIELDS, type StoryField } from "@/lib/projects/fields";
import { StoredHtml } from "@/components/markdown/stored-html";

type Parts = Partial<Record<StoryField, { text: string; html: string | null }>>;

/** A story read, not edited (print view, a mentor's view): each written field under its heading. */
export async function StoryView({ parts, locale }: { parts: Parts; locale: string }) {
  const t = await getTranslations({ locale, namespace: "projects" });
  return STORY_FIELDS.filter((f) => f !== "title" && parts[f]?.text.trim()).map((f) => {
    const part = parts[f]!;
    return (
      <section key={f} className="mt-5 max-w-3xl break-inside-avoid print:max-w-none">
        <h2 className="text-base font-semibold">{t(`fields.${f}`)}</h2>
        <StoredHtml className="prose mt-1 max-w-none" html={!PLAIN_FIELDS.includes(f) && part.html ? part.html : plainTextHtml(part.text)} locale={locale} />
      </section>
    );
  });
}
