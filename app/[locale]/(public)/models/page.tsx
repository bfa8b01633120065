import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listModels } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { PageHeader } from "@/components/ui/page-header";

export default async function ModelsPage({ params }: PageProps<"/[locale]/models">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "models" });
  const models = await listModels();
  const cell = "border-b border-line px-3 py-2 align-top";
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <p className="mt-3 text-sm">
          <Link href="/notes/model-selection">{t("decisionTree")} →</Link>
        </p>
      </PageHeader>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
        <table className="w-full min-w-[48rem] border-collapse text-sm">
          <thead>
            <tr className="text-left">
              {(["name", "vendor", "released", "training", "control", "openness"] as const).map((k) => (
                <th key={k} scope="col" className={`${cell} font-semibold`}>{t(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {models.map((m) => (
              <tr key={m.id}>
                <th scope="row" className={`${cell} text-left font-medium`}>
                  {m.papers[0] ? <Link href={`/papers#${m.papers[0]}`}>{m.name}</Link> : m.name}
                </th>
                <td className={cell}>{m.vendor}</td>
                <td className={cell}>{m.released}</td>
                <td className={cell}>{pick(locale, m.trainingZh, m.trainingEn)}</td>
                <td className={cell}>{pick(locale, m.controlZh, m.controlEn)}</td>
                <td className={cell}>{pick(locale, m.opennessZh, m.opennessEn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
