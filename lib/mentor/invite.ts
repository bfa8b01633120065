/** Invite links: a random token in the URL, only its hash in the database. */
import { createHash, randomBytes } from "node:crypto";

export const INVITE_DAYS = 7;

export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type InviteState = "valid" | "expired" | "revoked" | "unknown";

export function inviteState(invite: { expiresAt: Date; revokedAt: Date | null } | null, now = new Date()): InviteState {
  if (!invite) return "unknown";
  if (invite.revokedAt) return "revoked";
  return invite.expiresAt.getTime() <= now.getTime() ? "expired" : "valid";
}
