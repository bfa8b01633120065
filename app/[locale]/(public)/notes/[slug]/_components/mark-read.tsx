"use client";
import { useEffect, useState } from "react";
import { useSession } from "@/components/layout/use-session";

type Labels = { mark: string; done: string; undo: string; failed: string };

/** "Mark this note read" for a signed-in reader (plans count it); nothing for anyone else. */
export function MarkRead({ slug, labels }: { slug: string; labels: Labels }) {
  const session = useSession();
  const [read, setRead] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!session) return;
    let live = true;
    fetch(`/api/notes/${slug}/read`, { credentials: "same-origin" })
      .then(async (r) => (r.ok ? ((await r.json()) as { read: boolean }).read : null))
      .then((value) => live && setRead(value))
      .catch(() => live && setRead(null));
    return () => {
      live = false;
    };
  }, [session, slug]);
  if (!session || read === null) return null;

  const toggle = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const r = await fetch(`/api/notes/${slug}/read`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ read: !read }) });
      if (!r.ok) throw new Error(String(r.status));
      setRead(((await r.json()) as { read: boolean }).read);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="mt-8 flex flex-wrap items-center gap-3 rounded-lg border border-line p-4 text-sm">
      {read ? <span className="text-good" role="status">{labels.done}</span> : null}
      <button type="button" onClick={toggle} disabled={busy} aria-pressed={read} className={read ? "text-muted underline" : "rounded bg-accent px-4 py-2 text-accent-fg"}>
        {read ? labels.undo : labels.mark}
      </button>
      {failed && <span role="alert" className="text-bad">{labels.failed}</span>}
    </div>
  );
}
