/**
 * Autosave of one text field (a mock answer, a part of a project story), free of React. Each save names the draft version it builds on;
 * the server refuses one built on an older version (another tab saved since) and the saver
 * then holds until the user chooses whose text to keep. Every keystroke is also kept in local
 * storage, so the last second before a crash comes back on the next load when the server has
 * nothing newer. Timers, storage and the network are passed in, so it can be tested alone.
 */

export type DraftStatus = "idle" | "saving" | "saved" | "failed" | "stale" | "answered";
export type DraftView = { status: DraftStatus; theirs: { draft: string; version: number } | null };
type Reply = { status: number; body: { version?: number; error?: string; draft?: string } };

export type DraftSaverOptions = {
  /** What names the field on the server; sent with every save beside `draft` and `baseVersion`. */
  target: Record<string, string>;
  /** Where the local copy lives (one key per field). */
  storageKey: string;
  initial: { text: string; version: number };
  post: (body: unknown, keepalive: boolean) => Promise<Reply>;
  storage: Pick<Storage, "getItem" | "setItem"> | null;
  onChange: (view: DraftView) => void;
  saveAfterMs?: number;
  retryAfterMs?: number;
};

type Field = { value: string };

export class DraftSaver {
  private field: Field | null = null;
  private version: number;
  private onServer: string;
  private inFlight = false;
  private blocked = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private view: DraftView = { status: "idle", theirs: null };
  private restored = false;
  private readonly key: string;

  constructor(private readonly options: DraftSaverOptions) {
    this.version = options.initial.version;
    this.onServer = options.initial.text;
    this.key = options.storageKey;
  }

  /**
   * The text field when mounted (again after every re-render). Only the first time, a local
   * copy newer than the server's is put back: later, the local copy may be another tab's typing.
   */
  attach(field: Field | null): void {
    this.field = field;
    if (!field || this.restored) return;
    this.restored = true;
    const local = this.readLocal();
    if (local && local.base === this.options.initial.version && local.text !== this.options.initial.text) {
      field.value = local.text;
      this.schedule(0);
    }
  }

  /** After each keystroke. */
  input(): void {
    this.writeLocal();
    this.schedule(this.options.saveAfterMs ?? 700);
  }

  /** On leaving the page: send what is unsaved (keepalive outlives the page). */
  flush(): void {
    if (this.text() !== this.onServer) void this.save(true);
  }

  /** After a refusal: take the other tab's draft… */
  takeTheirs(): void {
    const theirs = this.view.theirs;
    if (!theirs || !this.field) return;
    this.field.value = theirs.draft;
    this.accept(theirs.version, theirs.draft);
    this.writeLocal();
    this.set({ status: "saved", theirs: null });
  }

  /** …or keep this one, saving it over the other. */
  keepMine(): void {
    const theirs = this.view.theirs;
    if (!theirs) return;
    this.accept(theirs.version, theirs.draft);
    this.set({ status: "idle", theirs: null });
    void this.save();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  async save(keepalive = false): Promise<void> {
    if (this.inFlight || this.blocked) return;
    const sent = this.text();
    if (sent === this.onServer) return;
    this.inFlight = true;
    this.set({ status: "saving", theirs: null });
    let retry = false;
    try {
      const reply = await this.options.post({ ...this.options.target, draft: sent, baseVersion: this.version }, keepalive);
      const { body } = reply;
      if (reply.status === 200 && typeof body.version === "number") {
        this.version = body.version;
        this.onServer = sent;
        this.writeLocal();
        this.set({ status: "saved", theirs: null });
      } else if (body.error === "stale" && typeof body.version === "number") {
        this.blocked = true;
        this.set({ status: "stale", theirs: { draft: body.draft ?? "", version: body.version } });
      } else if (body.error === "answered") {
        this.blocked = true;
        this.set({ status: "answered", theirs: null });
      } else {
        retry = true;
      }
    } catch {
      retry = true;
    } finally {
      this.inFlight = false;
    }
    if (retry) this.set({ status: "failed", theirs: null });
    // Typed on while the request was out, or it failed: go again.
    if (!this.blocked && this.text() !== this.onServer) this.schedule(retry ? (this.options.retryAfterMs ?? 5000) : (this.options.saveAfterMs ?? 700));
  }

  private accept(version: number, text: string): void {
    this.version = version;
    this.onServer = text;
    this.blocked = false;
  }

  private text(): string {
    return this.field?.value ?? this.onServer;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), ms);
  }

  private set(view: DraftView): void {
    this.view = view;
    this.options.onChange(view);
  }

  private readLocal(): { text: string; base: number } | null {
    try {
      const value = JSON.parse(this.options.storage?.getItem(this.key) ?? "null") as { text?: unknown; base?: unknown } | null;
      return value && typeof value.text === "string" && typeof value.base === "number" ? { text: value.text, base: value.base } : null;
    } catch {
      return null;
    }
  }

  private writeLocal(): void {
    try {
      this.options.storage?.setItem(this.key, JSON.stringify({ text: this.text(), base: this.version }));
    } catch {
      // Private mode or a full quota: the server copy still stands.
    }
  }
}
