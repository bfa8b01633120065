"use client";
import { useEffect, useRef, useState } from "react";
import { StoredHtml } from "@/components/markdown/stored-html";
import type { CheckFaces } from "@/lib/checks/present";
import type { CheckResponse } from "@/lib/checks/grade";
import type { CheckLabels } from "./check-labels";
import { typingIn } from "@/components/practice/card-actions";

export type CheckVerdict = { right: boolean; answer: CheckResponse; explainHtml: string; rating?: 1 | 2 | 3 | 4 };
type CheckCardProps = {
  faces: CheckFaces;
  locale: string;
  labels: CheckLabels;
  /**
   * Grades the answer on the server; null when the request failed (the card says so); "kept"
   * when the answer was taken with no verdict to show yet (a timed quiz round): the card goes
   * straight on to `onNext`.
   */
  submit: (response: CheckResponse, durationMs: number) => Promise<CheckVerdict | "kept" | null>;
  /** In a session: what "next" does after the verdict (Enter too). */
  onNext?: () => void;
  /** Take keys from the whole window (review), or only while focus is inside (a page with several). */
  globalKeys?: boolean;
};

/**
 * One auto-graded check, keyboard first: digits pick options (or the item to move), arrows
 * move the picked item, Enter submits and then goes on. The answer comes from the server
 * after submitting; a wrong answer shows the explanation with the right answer marked.
 */
export function CheckCard({ faces, locale, labels, submit, onNext, globalKeys = false }: CheckCardProps) {
  const [picked, setPicked] = useState<string[]>([]);
  const [order, setOrder] = useState(() => faces.choices.map((c) => c.token));
  const [selected, setSelected] = useState(0);
  const [value, setValue] = useState("");
  const [verdict, setVerdict] = useState<CheckVerdict | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const shownAt = useRef(0);
  const root = useRef<HTMLFormElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const prompt = locale === "en" ? faces.prompt.en : faces.prompt.zh;
  const html = new Map(faces.choices.map((c) => [c.token, c.html]));

  useEffect(() => {
    shownAt.current = Date.now();
  }, []);
  useEffect(() => {
    if (verdict) nextButton.current?.focus();
  }, [verdict]);

  const response = (): CheckResponse | null => {
    if (faces.type === "numeric") {
      const n = Number(value.trim().replace(/,/g, ""));
      return value.trim() && Number.isFinite(n) ? { value: n } : null;
    }
    if (faces.type === "order") return { tokens: order };
    return picked.length ? { tokens: picked } : null;
  };

  const send = async () => {
    const r = response();
    if (!r || busy || verdict) return;
    setBusy(true);
    setFailed(false);
    const v = await submit(r, Date.now() - shownAt.current).catch(() => null);
    setBusy(false);
    if (v === "kept") onNext?.();
    else if (v) setVerdict(v);
    else setFailed(true);
  };

  const pick = (token: string) => {
    if (verdict) return;
    if (faces.type === "choice") setPicked([token]);
    else setPicked((p) => (p.includes(token) ? p.filter((t) => t !== token) : [...p, token]));
  };
  const move = (from: number, by: number) => {
    const to = from + by;
    if (verdict || to < 0 || to >= order.length) return;
    setOrder((o) => {
      const next = [...o];
      [next[from], next[to]] = [next[to]!, next[from]!];
      return next;
    });
    setSelected(to);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (!globalKeys && !root.current?.contains(target)) return;
      if (typingIn(target)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "Enter") {
        // A focused button (move, next) does its own thing on Enter.
        if (target.tagName === "BUTTON") return;
        event.preventDefault();
        if (verdict) onNext?.();
        else void send();
        return;
      }
      const digit = Number(event.key);
      if (!verdict && Number.isInteger(digit) && digit >= 1 && digit <= faces.choices.length) {
        event.preventDefault();
        if (faces.type === "order") setSelected(digit - 1);
        else pick(faces.choices[digit - 1]!.token);
      } else if (!verdict && faces.type === "order" && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
        event.preventDefault();
        move(selected, event.key === "ArrowUp" ? -1 : 1);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const right = verdict && "tokens" in verdict.answer ? verdict.answer.tokens : [];
  const mark = (token: string) => (!verdict ? "" : right.includes(token) ? "border-good bg-good/10" : picked.includes(token) ? "border-bad bg-bad/10" : "");
  return (
    <form ref={root} className="space-y-3" onSubmit={(e) => { e.preventDefault(); void send(); }} data-testid="check-card">
      <StoredHtml className="prose" html={prompt} locale={locale} />
      {(faces.type === "choice" || faces.type === "multi") && (
        <fieldset>
          <legend className="mb-2 text-sm text-muted">{faces.type === "choice" ? labels.pickOne : labels.pickAll}</legend>
          <ul className="space-y-2">
            {faces.choices.map((c, i) => (
              <li key={c.token}>
                <label className={`flex cursor-pointer items-start gap-2 rounded border border-line p-2 ${mark(c.token)}`}>
                  <input type={faces.type === "choice" ? "radio" : "checkbox"} name="option" value={c.token} checked={picked.includes(c.token)} onChange={() => pick(c.token)} disabled={!!verdict} className="mt-1" />
                  <kbd className="text-xs text-muted">{i + 1}</kbd>
                  <StoredHtml className="prose prose-p:my-0 min-w-0 flex-1" html={c.html} locale={locale} />
                  {verdict && right.includes(c.token) && <span className="text-good" aria-label={labels.rightAnswer}>✓</span>}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {faces.type === "numeric" && (
        <label className="flex flex-wrap items-center gap-2 text-sm">
          <span>{labels.number}</span>
          <input inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} disabled={!!verdict} className="w-40 rounded border border-line bg-surface px-2 py-1" />
          {faces.unit && <span className="text-muted">{faces.unit}</span>}
        </label>
      )}
      {faces.type === "order" && (
        <div>
          <p className="mb-2 text-sm text-muted">{labels.orderHint}</p>
          <ol className="space-y-2" aria-label={labels.orderHint}>
            {order.map((token, i) => (
              <li key={token} className={`flex items-start gap-2 rounded border p-2 ${i === selected && !verdict ? "border-accent" : "border-line"}`} aria-current={i === selected && !verdict ? "true" : undefined} onClick={() => setSelected(i)}>
                <kbd className="text-xs text-muted">{i + 1}</kbd>
                <StoredHtml className="prose prose-p:my-0 min-w-0 flex-1" html={html.get(token) ?? ""} locale={locale} />
                {!verdict && (
                  <span className="flex shrink-0 gap-1">
                    <button type="button" className="rounded border border-line px-2" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`${labels.moveUp} ${i + 1}`}>↑</button>
                    <button type="button" className="rounded border border-line px-2" onClick={() => move(i, 1)} disabled={i === order.length - 1} aria-label={`${labels.moveDown} ${i + 1}`}>↓</button>
                  </span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      {!verdict && (
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded bg-accent px-4 py-2 text-accent-fg disabled:opacity-50" disabled={busy || !response()}>{labels.submit}</button>
          <span className="text-xs text-muted">{labels.keys}</span>
        </div>
      )}
      {failed && <p role="alert" className="text-sm text-bad">{labels.error}</p>}
      {verdict && (
        <div role="status" className={`space-y-2 rounded border p-3 ${verdict.right ? "border-good" : "border-bad"}`} data-testid="check-verdict">
          <p className="font-semibold">{verdict.right ? labels.right : labels.wrong}{verdict.rating && ` · ${labels.rated} ${labels.ratings[verdict.rating]}`}</p>
          {faces.type === "numeric" && "value" in verdict.answer && <p>{labels.rightAnswer}：{verdict.answer.value}{faces.unit ? ` ${faces.unit}` : ""}</p>}
          {faces.type === "order" && "tokens" in verdict.answer && !verdict.right && (
            <div>
              <p className="text-sm font-medium">{labels.rightAnswer}</p>
              <ol className="list-decimal pl-5">{verdict.answer.tokens.map((t) => <li key={t}><StoredHtml className="prose prose-p:my-0" html={html.get(t) ?? ""} locale={locale} /></li>)}</ol>
            </div>
          )}
          <div>
            <p className="text-sm font-medium">{labels.explain}</p>
            <StoredHtml className="prose" html={verdict.explainHtml} locale={locale} />
          </div>
          {onNext && <button ref={nextButton} type="button" className="rounded bg-accent px-4 py-2 text-accent-fg" onClick={onNext}>{labels.next} <kbd>Enter</kbd></button>}
        </div>
      )}
    </form>
  );
}
