/**
 * The one guard. Every page, server action and route handler asks here who is calling and
 * what they may do — before it reads or writes anything. Layouts and the proxy only shape
 * redirects; they are never relied on for access.
 */
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { auth } from "./server.ts";
import { isRole, type Role } from "./roles.ts";
import { isTrustedWrite } from "./origins.ts";

export type CurrentUser = { id: string; email: string; name: string; role: Role };

export class AuthError extends Error {
  constructor(readonly code: "unauthenticated" | "forbidden") {
    super(code);
  }
}

/** The signed-in user of this request, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, email, name } = session.user;
  const role = (session.user as { role?: unknown }).role;
  return { id, email, name, role: isRole(role) ? role : "candidate" };
});

/** Who may call an entry point: anyone, any signed-in user, or the listed roles. */
export type Access = "public" | "signed-in" | readonly Role[];

/**
 * The check every entry point makes: the caller if `access` lets them in (null for an
 * anonymous caller of a public one); AuthError otherwise.
 */
export async function authorize(access: Access): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (access === "public") return user;
  if (!user) throw new AuthError("unauthenticated");
  if (access !== "signed-in" && !access.includes(user.role)) throw new AuthError("forbidden");
  return user;
}

/** Ownership: only the owner may touch a user's own records. */
export function assertOwner(user: CurrentUser, ownerId: string): void {
  if (user.id !== ownerId) throw new AuthError("forbidden");
}

// ───────── adapters for the three kinds of entry point ─────────

/** Pages: anonymous → /login?next=…; wrong role → 403 page. */
export async function requirePageUser(path: string, roles?: readonly Role[]): Promise<CurrentUser> {
  try {
    return (await authorize(roles ?? "signed-in"))!;
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error.code === "forbidden") forbidden();
    return redirect({ href: `/login?next=${encodeURIComponent(path)}`, locale: await getLocale() });
  }
}

/** Pages: run an ownership check (requireOwnCohort, requireMentee …); a refusal is the 403 page. */
export async function requirePageAccess<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof AuthError) forbidden();
    throw error;
  }
}

const DENIED_MESSAGE = { unauthenticated: "Please sign in first.", forbidden: "You are not allowed to do this." };

/** Route handlers anyone may call (a question page's checks): cross-origin writes still refused. */
export async function guardPublicRoute(request: Request, run: (user: CurrentUser | null) => Promise<Response>): Promise<Response> {
  if (!isTrustedWrite(request.method, request.headers.get("origin"))) return Response.json({ error: "forbidden", message: "Cross-origin request refused" }, { status: 403 });
  return run(await authorize("public"));
}

/** Route handlers: 401 / 403 as JSON; cross-origin writes refused before anything else. */
export async function guardRoute(request: Request, access: Exclude<Access, "public">, run: (user: CurrentUser) => Promise<Response>): Promise<Response> {
  if (!isTrustedWrite(request.method, request.headers.get("origin"))) return Response.json({ error: "forbidden", message: "Cross-origin request refused" }, { status: 403 });
  try {
    const user = (await authorize(access))!;
    return await run(user);
  } catch (error) {
    if (error instanceof AuthError) {
      return Response.json({ error: error.code, message: DENIED_MESSAGE[error.code] }, { status: error.code === "unauthenticated" ? 401 : 403 });
    }
    throw error;
  }
}

export type { Role };
export { requireOwnCohort, requireMentee, requireAssignmentThread, requireOwnAssignment, requireComment } from "./ownership";
