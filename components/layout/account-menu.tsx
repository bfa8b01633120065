"use client";
import { useEffect, useState } from "react";
import { Link, usePathname } from "@/i18n/navigation";

type Session = { user: { name: string; role?: string } } | null;
type Labels = Record<"signIn" | "signUp" | "myStudy" | "review" | "mock" | "settings" | "admin" | "mentor" | "recruiter", string>;

/**
 * Who is signed in, fetched after load so that content pages stay static and cacheable
 * (reading the session on the server would make every page dynamic). Fetched again on every
 * navigation: the header outlives the page, and signing in or out happens by navigating.
 */
export function AccountMenu({ labels }: { labels: Labels }) {
  const pathname = usePathname();
  const [session, setSession] = useState<Session | undefined>(undefined);
  useEffect(() => {
    let live = true;
    fetch("/api/auth/get-session", { credentials: "same-origin", cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: Session) => live && setSession(s))
      .catch(() => live && setSession(null));
    return () => {
      live = false;
    };
  }, [pathname]);
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
      <Link href="/study">{labels.myStudy}</Link>
      {(role === "mentor" || role === "admin") && <Link href="/mentor">{labels.mentor}</Link>}
      {(role === "recruiter" || role === "mentor" || role === "admin") && <Link href="/recruiter">{labels.recruiter}</Link>}
      {role === "admin" && <Link href="/admin">{labels.admin}</Link>}
      <Link href="/settings" className="text-muted">{labels.settings}</Link>
    </nav>
  );
}
