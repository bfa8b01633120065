"use client";
import { useActionState, useState } from "react";
import { createInvite } from "@/lib/mentor/actions";
import type { ActionResult } from "@/lib/actions/result";

/** Creates an invite link and shows it once, with a copy button. */
export function InviteCreator({ cohortId, labels }: { cohortId: string; labels: { create: string; copy: string; copied: string; once: string } }) {
  const [state, action, pending] = useActionState(createInvite, { ok: true } as ActionResult<string>);
  const [copied, setCopied] = useState(false);
  const link = state.ok && state.data ? `${window.location.origin}/join/${state.data}` : null;
  return (
    <div>
      <form action={action}>
        <input type="hidden" name="cohortId" value={cohortId} />
        <button type="submit" disabled={pending} className="rounded bg-accent px-3 py-1.5 text-sm text-accent-fg">{labels.create}</button>
      </form>
      {link && (
        <div className="mt-3 rounded border border-line p-3 text-sm">
          <p className="text-muted">{labels.once}</p>
          <code className="mt-1 block break-all" data-testid="invite-link">{link}</code>
          <button type="button" className="mt-2 rounded border border-line px-2 py-1" onClick={() => navigator.clipboard?.writeText(link).then(() => setCopied(true))}>
            {copied ? labels.copied : labels.copy}
          </button>
        </div>
      )}
    </div>
  );
}
