import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireOwnCohort, requirePageAccess, requirePageUser } from "@/lib/auth";
import { cohortDashboard } from "@/lib/mentor/queries";
import { sortMentees, type SortKey } from "@/lib/mentor/stats";
import { createAssignment, revokeInvite } from "@/lib/mentor/actions";
import { inviteState } from "@/lib/mentor/invite";
import { listPlans } from "@/lib/plans/queries";
import { listDirections, listNotes, listQuestions } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { formatDateTime } from "@/lib/time/format";
import { timeZoneOf } from "@/lib/time/viewer";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm } from "@/components/ui/action-form";
import { inputLimits } from "@/lib/forms/limits";
import { assignmentSchema } from "@/lib/mentor/schema";
import { InviteCreator } from "./_components/invite-creator";
import { AssignmentRow } from "./_components/assignment-row";
import { TrackBuilder, type TrackOption } from "@/components/mentor/track-builder";
import { DateInput } from "@/components/ui/date-input";
import { threadKey, totalBy, unreadIn } from "@/lib/mentor/unread";
import { db } from "@/lib/db";

const SORTS: SortKey[] = ["name", "assignment", "reviews7d", "retention", "overdue"];

export default async function CohortPage({ params, searchParams }: PageProps<"/[locale]/mentor/cohorts/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/mentor/cohorts/${id}`, ["mentor", "admin"]);
  await requirePageAccess(() => requireOwnCohort(user, id));
  const sp = await searchParams;
  const sort = SORTS.find((s) => s === sp.sort) ?? "name";
  const desc = sp.dir === "desc";
  const t = await getTranslations({ locale, namespace: "mentor" });
  const [{ cohort, mentees }, plans, directions, questions, notes, timeZone] = await Promise.all([cohortDashboard(id), listPlans(), listDirections(), listQuestions(), listNotes(), timeZoneOf(user.id)]);
  const dirLabel = new Map(directions.map((d) => [d.slug, pick(locale, d.titleZh, d.titleEn)]));
  const trackOptions: TrackOption[] = [
    ...questions.map((q) => ({ key: `question:${q.id}`, label: pick(locale, q.titleZh, q.titleEn), meta: `${q.level} · ${dirLabel.get(q.homeDirection) ?? q.homeDirection}` })),
    ...notes.map((n) => ({ key: `note:${n.slug}`, label: pick(locale, n.titleZh, n.titleEn), meta: t("noteKind") })),
    ...questions.map((q) => ({ key: `checks:${q.id}`, label: t("checksOf", { title: pick(locale, q.titleZh, q.titleEn) }), meta: `${q.level} · ${t("checksKind")}` })),
  ];
  const rows = sortMentees(mentees, sort, desc);
  const unread = await unreadIn(db, user.id, cohort.assignments.map((a) => a.id));
  const unreadOf = totalBy(unread, (_, candidateId) => candidateId);
  // The thread to open for a mentee: the first with something new.
  const firstUnread = (candidateId: string) => cohort.assignments.find((a) => (unread.get(threadKey(a.id, candidateId)) ?? 0) > 0)?.id;
  const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);
  const header = (key: SortKey, label: string) => (
    <th scope="col" className="px-2 py-2 text-left" aria-sort={sort === key ? (desc ? "descending" : "ascending") : undefined}>
      <Link href={`/mentor/cohorts/${id}?sort=${key}&dir=${sort === key && !desc ? "desc" : "asc"}`}>{label}{sort === key ? (desc ? " ↓" : " ↑") : ""}</Link>
    </th>
  );
  const field = "mt-1 w-full rounded border border-line bg-surface px-3 py-2";
  return (
    <>
      <PageHeader title={cohort.name} intro={t("cohortIntro")} />
      <section aria-labelledby="dashboard" className="mb-10">
        <h2 id="dashboard" className="mb-2 text-lg font-semibold">{t("dashboard")}</h2>
        {rows.length === 0 ? <p className="text-sm text-muted">{t("noMembers")}</p> : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[44rem] text-sm">
              <thead className="border-b border-line"><tr>
                {header("name", t("mentee"))}{header("assignment", t("assignmentProgress"))}{header("reviews7d", t("reviews7d"))}
                {header("retention", t("retention"))}{header("overdue", t("overdue"))}
                <th scope="col" className="px-2 py-2 text-left">{t("weakest")}</th>
                <th scope="col" className="px-2 py-2 text-left">{t("newComments")}</th>
              </tr></thead>
              <tbody>
                {rows.map((m) => (
                  <tr key={m.id} className="border-b border-line">
                    <th scope="row" className="px-2 py-2 text-left font-normal"><Link href={`/mentor/mentees/${m.id}`}>{m.name}</Link></th>
                    <td className="px-2 py-2 tabular-nums">{t("assignmentCell", { seen: m.stats.assignment.seen, mastered: m.stats.assignment.mastered, total: m.stats.assignment.total })}</td>
                    <td className="px-2 py-2 tabular-nums">{m.stats.reviews7d}</td>
                    <td className="px-2 py-2 tabular-nums">{pct(m.stats.retention30d)}</td>
                    <td className="px-2 py-2 tabular-nums">{m.stats.overdue}</td>
                    <td className="px-2 py-2">{m.stats.weakest.map((d) => dirLabel.get(d) ?? d).join(" · ") || "—"}</td>
                    <td className="px-2 py-2">
                      {(unreadOf.get(m.id) ?? 0) > 0
                        ? <Link href={`/mentor/mentees/${m.id}#thread-${firstUnread(m.id)}`} className="rounded bg-accent px-1.5 py-0.5 text-xs text-accent-fg" data-testid="unread-badge">{t("unread", { n: unreadOf.get(m.id)! })}</Link>
                        : <span className="text-muted">—</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="invites" className="mb-10">
        <h2 id="invites" className="mb-2 text-lg font-semibold">{t("invites")}</h2>
        <p className="mb-3 text-sm text-muted">{t("invitesHelp")}</p>
        <InviteCreator cohortId={cohort.id} labels={{ create: t("newInvite"), copy: t("copy"), copied: t("copied"), once: t("inviteOnce") }} />
        <ul className="mt-4 space-y-2 text-sm">
          {cohort.invites.map((inv) => {
            const state = inviteState(inv);
            return (
              <li key={inv.id} className="flex flex-wrap items-center gap-3">
                <span>{formatDateTime(inv.createdAt, timeZone, locale)} → {formatDateTime(inv.expiresAt, timeZone, locale)} · {t(`invite.${state}`)} · {t("uses", { n: inv.uses })}</span>
                {state === "valid" && (
                  <ActionForm action={revokeInvite} submit={t("revoke")} variant="secondary"><input type="hidden" name="inviteId" value={inv.id} /></ActionForm>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="assign" className="mb-10 max-w-xl">
        <h2 id="assign" className="mb-2 text-lg font-semibold">{t("assign")}</h2>
        <ActionForm action={createAssignment} submit={t("assignSubmit")} fields={{ title: t("aTitle"), track: t("track"), planSlug: t("plan"), dueDate: t("due"), note: t("note"), candidateId: t("to") }}>
          <input type="hidden" name="cohortId" value={cohort.id} />
          <label className="mb-3 block text-sm">{t("to")}
            <select name="candidateId" className={field}>
              <option value="">{t("wholeCohort")}</option>
              {mentees.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
            </select>
          </label>
          <fieldset className="mb-3 text-sm">
            <legend>{t("kind")}</legend>
            <label className="mr-4"><input type="radio" name="kind" value="plan" defaultChecked /> {t("plan")}</label>
            <label><input type="radio" name="kind" value="track" /> {t("customTrack")}</label>
          </fieldset>
          <label className="mb-3 block text-sm">{t("plan")}
            <select name="planSlug" className={field}>
              {plans.map((p) => <option key={p.slug} value={p.slug}>{pick(locale, p.titleZh, p.titleEn)}</option>)}
            </select>
          </label>
          <label className="mb-3 block text-sm">{t("aTitle")}
            <input name="title" {...inputLimits(assignmentSchema, "title")} className={field} />
          </label>
          <fieldset className="mb-3">
            <legend className="text-sm">{t("track")}</legend>
            <p className="text-xs text-muted">{t("trackHelp")}</p>
            <TrackBuilder
              name="track"
              options={trackOptions}
              labels={{ search: t("trackSearch"), results: t("trackResults"), chosen: t("trackChosen"), add: t("trackAdd"), up: t("trackUp"), down: t("trackDown"), remove: t("trackRemove"), none: t("trackNone"), noMatch: t("trackNoMatch"), count: t("trackCount") }}
            />
          </fieldset>
          <label className="mb-3 block text-sm">{t("due")}
            <DateInput name="dueDate" required className={field} />
          </label>
          <label className="mb-3 block text-sm">{t("note")}
            <textarea name="note" rows={3} {...inputLimits(assignmentSchema, "note")} className={field} />
          </label>
        </ActionForm>
      </section>
      <section aria-labelledby="assignments">
        <h2 id="assignments" className="mb-2 text-lg font-semibold">{t("assignments")}</h2>
        <ul className="divide-y divide-line text-sm">
          {cohort.assignments.map((a) => (
            <AssignmentRow
              key={a.id}
              assignment={a}
              locale={locale}
              labels={{
                to: a.candidateId ? mentees.find((m) => m.id === a.candidateId)?.name ?? "—" : t("wholeCohort"),
                edit: t("edit"), delete: t("delete"), save: t("saveEdit"), confirmDelete: t("confirmDeleteAssignment"), title: t("aTitle"), note: t("note"), due: t("due"),
              }}
            />
          ))}
        </ul>
      </section>
    </>
  );
}
