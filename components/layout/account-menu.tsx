"use client";
import { Link } from "@/i18n/navigation";
import { useSession } from "./use-session";

type Labels = Record<"signIn" | "signUp" | "myStudy" | "review" | "mock" | "projects" | "settings" | "admin" | "mentor" | "recruiter", string>;

/** The header's account links: sign in / sign up, or the signed-in user's places (see useSession). */
export function AccountMenu({ labels }: { labels: Labels }) {
  const session = useSession();
  if (session === undefined) return <span className="inline-block w-16" aria-hidden="true" />;
  if (!session) {
    return (
      <div className="flex items-center gap-3">
        <Link href="/login">{labels.signIn}</Link>
        <Link href="/signup" className="rounded bg-accent px-3 py-1 text-accent-fg">{labels.signUp}</Link>
      </div>
    );
  }
  const role = session.user.role;
  return (
    <nav aria-label={session.user.name} className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <Link href="/review" className="font-medium">{labels.review}</Link>
      <Link href="/mock">{labels.mock}</Link>
      <Link href="/projects">{labels.projects}</Link>
      <Link href="/study">{labels.myStudy}</Link>
      {(role === "mentor" || role === "admin") && <Link href="/mentor">{labels.mentor}</Link>}
      {(role === "recruiter" || role === "mentor" || role === "admin") && <Link href="/recruiter">{labels.recruiter}</Link>}
      {role === "admin" && <Link href="/admin">{labels.admin}</Link>}
      <Link href="/settings" className="text-muted">{labels.settings}</Link>
    </nav>
  );
}
