"use client";
import { useEffect, useState } from "react";
import { Link } from "@/i18n/navigation";

type Session = { user: { name: string; role?: string } } | null;
type AccountMenuProps = { labels: { signIn: string; myStudy: string; settings: string; admin: string; mentor: string; recruiter: string } };

/**
 * Who is signed in, fetched after load so that content pages stay static and cacheable
 * (reading the session on the server would make every page dynamic).
 */
export function AccountMenu({ labels }: AccountMenuProps) {
  const [session, setSession] = useState<Session | undefined>(undefined);
  useEffect(() => {
    let live = true;
    fetch("/api/auth/get-session", { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: Session) => live && setSession(s))
      .catch(() => live && setSession(null));
    return () => {
      live = false;
    };
  }, []);
  if (session === undefined) return <span className="inline-block w-16" aria-hidden="true" />;
  if (!session) {
    return (
      <Link href="/login" className="rounded bg-accent px-3 py-1 text-accent-fg">
        {labels.signIn}
      </Link>
    );
  }
  const role = session.user.role;
  return (
    <nav aria-label={session.user.name} className="flex items-center gap-3">
      <Link href="/study" className="font-medium">{labels.myStudy}</Link>
      {(role === "mentor" || role === "admin") && <Link href="/mentor">{labels.mentor}</Link>}
      {(role === "recruiter" || role === "mentor" || role === "admin") && <Link href="/recruiter">{labels.recruiter}</Link>}
      {role === "admin" && <Link href="/admin">{labels.admin}</Link>}
      <Link href="/settings" className="text-muted">{labels.settings}</Link>
    </nav>
  );
}
