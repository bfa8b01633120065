"use client";
import { useEffect, useState } from "react";
import { usePathname } from "@/i18n/navigation";

export type Session = { user: { id: string; name: string; role?: string } } | null;

// One request per page for every island that asks (the header, a plan panel, a note's
// "mark read"): the header outlives the page, and signing in or out happens by navigating.
let latest: { path: string; session: Promise<Session> } | null = null;

function sessionFor(path: string): Promise<Session> {
  if (latest?.path !== path) {
    const session = fetch("/api/auth/get-session", { credentials: "same-origin", cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<Session>) : null))
      .catch(() => null);
    latest = { path, session };
  }
  return latest.session;
}

/**
 * Who is signed in, read in the browser so that content pages stay static and cacheable
 * (reading the session on the server would make every page dynamic). Undefined until known.
 * Islands that load the user's own data ask this first, so an anonymous reader's page makes
 * no request that answers 401.
 */
export function useSession(): Session | undefined {
  const path = usePathname();
  const [session, setSession] = useState<{ path: string; value: Session } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void sessionFor(path).then((value) => live && setSession({ path, value }));
    return () => {
      live = false;
    };
  }, [path]);
  return session?.value;
}
