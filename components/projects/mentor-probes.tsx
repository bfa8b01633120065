import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { userNames } from "@/lib/db/user-names";
import { addMentorProbe, removeMentorProbe } from "@/lib/projects/actions";
import { mentorPoints } from "@/lib/projects/probes";
import { StoredHtml } from "@/components/markdown/stored-html";
import { ActionForm } from "@/components/ui/action-form";

type MentorProbesProps = {
  projectId: string;
  userId: string;
  /** The project's owner sees the probes and may remove them; a mentor also writes new ones. */
  owner: boolean;
  locale: string;
};

/** The probes mentors added to a project: asked first in its next grill. */
export async function MentorProbes({ projectId, userId, owner, locale }: MentorProbesProps) {
  const t = await getTranslations({ locale, namespace: "projects" });
  const probes = await db.mentorProbe.findMany({ where: { projectId }, orderBy: { createdAt: "asc" } });
  if (owner && !probes.length) return null;
  const authors = await userNames(db, probes.map((p) => p.authorId));
  const field = "mt-1 w-full rounded border border-line bg-surface p-2";
  return (
    <section aria-labelledby="mentor-probes" className="mt-10 max-w-2xl">
      <h2 id="mentor-probes" className="mb-1 text-base font-semibold">{t("mentorProbes")}</h2>
      <p className="mb-3 text-sm text-muted">{owner ? t("mentorProbesOwner") : t("mentorProbesMentor")}</p>
      {probes.length > 0 && (
        <ol className="mb-4 space-y-3" data-testid="mentor-probes">
          {probes.map((p) => {
            const [rubric, flags] = [mentorPoints(p.rubric, `mentor probe ${p.id} rubric`), mentorPoints(p.redFlags, `mentor probe ${p.id} redFlags`)];
            return (
            <li key={p.id} className="rounded border border-line p-3 text-sm">
              <p className="font-medium">{p.question}</p>
              <p className="mb-2 text-xs text-muted">{t("probeBy", { name: authors.get(p.authorId) ?? "—" })}</p>
              <h3 className="text-xs font-semibold">{t("strongAnswer")}</h3>
              <ul className="mb-2 list-disc pl-5">{rubric.map((x, i) => <li key={i}><StoredHtml className="prose prose-p:my-0" html={x.html} locale={locale} /></li>)}</ul>
              {flags.length > 0 && (
                <>
                  <h3 className="text-xs font-semibold text-warn">{t("grillRedFlags")}</h3>
                  <ul className="mb-2 list-disc pl-5">{flags.map((x, i) => <li key={i}><StoredHtml className="prose prose-p:my-0" html={x.html} locale={locale} /></li>)}</ul>
                </>
              )}
              {(owner || p.authorId === userId) && (
                <ActionForm action={removeMentorProbe} submit={t("probeRemove")} variant="secondary"><input type="hidden" name="probeId" value={p.id} /></ActionForm>
              )}
            </li>
            );
          })}
        </ol>
      )}
      {!owner && (
        <ActionForm action={addMentorProbe} submit={t("probeAdd")} fields={{ question: t("probeQuestion"), rubric: t("probeRubric"), redFlags: t("probeRedFlags") }}>
          <input type="hidden" name="projectId" value={projectId} />
          <label className="mb-2 block text-sm">{t("probeQuestion")}
            <input name="question" required maxLength={300} className={field} />
          </label>
          <label className="mb-2 block text-sm">{t("probeRubric")}
            <textarea name="rubric" rows={4} required maxLength={4000} className={field} />
          </label>
          <label className="mb-2 block text-sm">{t("probeRedFlags")}
            <textarea name="redFlags" rows={2} maxLength={4000} className={field} />
          </label>
        </ActionForm>
      )}
    </section>
  );
}
