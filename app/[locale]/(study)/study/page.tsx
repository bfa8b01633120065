import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { PageHeader } from "@/components/ui/page-header";

export default async function StudyPage({ params }: PageProps<"/[locale]/study">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser("/study");
  const t = await getTranslations({ locale, namespace: "study" });
  return <PageHeader title={t("title")} intro={`${t("welcome", { name: user.name })} ${t("intro")}`} />;
}
