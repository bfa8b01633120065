import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("common");
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("notFound")}</h1>
      <p className="mt-2 text-muted">{t("notFoundText")}</p>
      <Link href="/" className="mt-4 inline-block">{t("goHome")}</Link>
    </div>
  );
}
