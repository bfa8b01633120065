import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DraftSaver, type DraftView } from "./draft-saver";

type Sent = { draft: string; baseVersion: number };

function setup(options: { initial?: { text: string; version: number }; replies?: ((sent: Sent) => { status: number; body: object } | Error)[]; stored?: string } = {}) {
  const sent: Sent[] = [];
  const replies = [...(options.replies ?? [])];
  const store = new Map<string, string>(options.stored ? [["rollout:mock-draft:i1", options.stored]] : []);
  const views: DraftView[] = [];
  const saver = new DraftSaver({
    target: { mockId: "m1", itemId: "i1" }, storageKey: "rollout:mock-draft:i1", initial: options.initial ?? { text: "", version: 0 },
    post: async (body) => {
      const s = body as Sent;
      sent.push(s);
      const reply = (replies.shift() ?? ((x: Sent) => ({ status: 200, body: { version: x.baseVersion + 1 } })))(s);
      if (reply instanceof Error) throw reply;
      return reply as { status: number; body: { version?: number; error?: string; draft?: string } };
    },
    storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
    onChange: (v) => views.push(v),
    saveAfterMs: 500, retryAfterMs: 3000,
  });
  const field = { value: options.initial?.text ?? "" };
  saver.attach(field);
  const type = (text: string) => {
    field.value = text;
    saver.input();
  };
  return { saver, field, sent, views, store, type };
}

describe("autosaving a mock answer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves after a pause in typing, each save building on the version the last one made", async () => {
    const { sent, type, views } = setup();
    type("P");
    type("PP");
    await vi.advanceTimersByTimeAsync(499);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((s) => [s.draft, s.baseVersion])).toEqual([["PP", 0]]);
    type("PPO");
    await vi.advanceTimersByTimeAsync(500);
    expect(sent.map((s) => [s.draft, s.baseVersion])).toEqual([["PP", 0], ["PPO", 1]]);
    expect(views.at(-1)?.status).toBe("saved");
  });

  it("stops on a newer draft from another tab until the user picks one; theirs replaces the text", async () => {
    const { saver, sent, type, views, field } = setup({ replies: [() => ({ status: 409, body: { error: "stale", draft: "from tab B", version: 4 } })] });
    type("from tab A");
    await vi.advanceTimersByTimeAsync(500);
    expect(views.at(-1)).toEqual({ status: "stale", theirs: { draft: "from tab B", version: 4 } });
    type("from tab A, more");
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(1); // held: nothing overwrites the other tab's draft unasked
    saver.takeTheirs();
    expect(field.value).toBe("from tab B");
    type("from tab B, continued");
    await vi.advanceTimersByTimeAsync(500);
    expect(sent.at(-1)).toMatchObject({ draft: "from tab B, continued", baseVersion: 4 });
  });

  it("keeping this tab's text saves it over the newer draft", async () => {
    const { saver, sent, type } = setup({ replies: [() => ({ status: 409, body: { error: "stale", draft: "B", version: 2 } })] });
    type("A");
    await vi.advanceTimersByTimeAsync(500);
    saver.keepMine();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.at(-1)).toMatchObject({ draft: "A", baseVersion: 2 });
  });

  it("retries a failed save, and says so meanwhile", async () => {
    const { sent, type, views } = setup({ replies: [() => new Error("offline")] });
    type("x");
    await vi.advanceTimersByTimeAsync(500);
    expect(views.at(-1)?.status).toBe("failed");
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent.map((s) => s.draft)).toEqual(["x", "x"]);
    expect(views.at(-1)?.status).toBe("saved");
  });

  it("puts back typing the server never got, but not over a newer server draft", async () => {
    const crashed = setup({ initial: { text: "saved part", version: 3 }, stored: JSON.stringify({ text: "saved part and the last second", base: 3 }) });
    expect(crashed.field.value).toBe("saved part and the last second");
    await vi.advanceTimersByTimeAsync(0);
    expect(crashed.sent.at(-1)).toMatchObject({ draft: "saved part and the last second", baseVersion: 3 });

    const newer = setup({ initial: { text: "tab B's later draft", version: 5 }, stored: JSON.stringify({ text: "old local", base: 3 }) });
    expect(newer.field.value).toBe("tab B's later draft");
  });

  it("restores only when first mounted: later the local copy may be another tab's typing", async () => {
    const { saver, field, store, sent } = setup({ initial: { text: "server", version: 1 } });
    // Another tab of the same question types; both share local storage.
    store.set("rollout:mock-draft:i1", JSON.stringify({ text: "the other tab's words", base: 1 }));
    saver.attach(null);
    saver.attach(field); // a re-render hands the same field over again
    await vi.advanceTimersByTimeAsync(1000);
    expect(field.value).toBe("server");
    expect(sent).toEqual([]);
  });

  it("stops for good once the question was answered elsewhere", async () => {
    const { sent, type, views } = setup({ replies: [() => ({ status: 409, body: { error: "answered" } })] });
    type("late");
    await vi.advanceTimersByTimeAsync(500);
    type("later");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(1);
    expect(views.at(-1)?.status).toBe("answered");
  });
});
