import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth";
import { Link } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { hashInviteToken, inviteState } from "@/lib/mentor/invite";
import { joinCohort } from "@/lib/mentor/actions";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm } from "@/components/ui/action-form";

/**
 * Confirm before joining: say who the mentor is and exactly what they will see. Open to
 * anyone holding the link: an invitee without an account learns who invited them to what,
 * and is offered sign-up first (then comes back here).
 */
export default async function JoinPage({ params }: PageProps<"/[locale]/join/[token]">) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const t = await getTranslations({ locale, namespace: "join" });
  const invite = await db.cohortInvite.findUnique({ where: { tokenHash: hashInviteToken(token) }, include: { cohort: { include: { mentor: { select: { name: true } } } } } });
  const state = inviteState(invite);
  if (state !== "valid") return <PageHeader title={t("title")} intro={t(`state.${state}`)} />;
  return (
    <div className="max-w-xl">
      <PageHeader title={t("title")} intro={t("intro", { cohort: invite!.cohort.name, mentor: invite!.cohort.mentor.name })} />
      <h2 className="mb-2 font-semibold">{t("sees")}</h2>
      <ul className="mb-4 list-disc pl-5 text-sm">
        {["seeAssignments", "seeReviews", "seeRetention", "seeOverdue", "seeWeakest", "seeComments"].map((k) => <li key={k}>{t(k)}</li>)}
      </ul>
      <p className="mb-4 text-sm">{t("notSees")}</p>
      <p className="mb-6 text-sm text-muted">{t("leave")}</p>
      {user ? (
        <ActionForm action={joinCohort} submit={t("confirm")}>
          <input type="hidden" name="token" value={token} />
        </ActionForm>
      ) : (
        <div className="flex flex-wrap items-center gap-4">
          <Link href={`/signup?next=${encodeURIComponent(`/join/${token}`)}`} className="rounded bg-accent px-4 py-2 text-sm text-accent-fg">{t("signUpFirst")}</Link>
          <Link href={`/login?next=${encodeURIComponent(`/join/${token}`)}`} className="text-sm">{t("signInInstead")}</Link>
        </div>
      )}
    </div>
  );
}
