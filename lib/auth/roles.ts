/** Roles and what they are. Pure. */
export const ROLES = ["candidate", "mentor", "recruiter", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Where each role starts after signing in when no page asked for it. */
const HOME: Record<Role, string> = { candidate: "/study", mentor: "/mentor", recruiter: "/recruiter", admin: "/admin" };

export function homeOf(role: Role): string {
  return HOME[role];
}
