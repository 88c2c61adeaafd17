import { envelopeSchema, type Envelope } from './envelope.js';
import { DEFAULT_DATABASE, LocalStore, StorageUnavailableError, type OutboxItem } from './storage.js';

/** What happened to one submission, as the person is told. */
export type SubmitStatus =
  /** the endpoint answered 2xx */
  | 'sent'
  /** kept in the outbox, will be sent when the endpoint answers */
  | 'queued'
  /** no endpoint: kept in this browser's local store */
  | 'saved'
  /** the endpoint refused it (4xx): kept on the device for the team, not retried */
  | 'rejected'
  /** neither sent nor kept: the person must try again (the form keeps what they typed) */
  | 'failed';

export interface SubmitOutcome {
  status: SubmitStatus;
  id: string;
  /** A copy is kept on this device (outbox or local store). */
  kept: boolean;
  /** HTTP status of the last answer, when there was one. */
  httpStatus?: number;
  /** The endpoint's JSON answer on success (an event signup's place on the waiting list, say). */
  response?: unknown;
}

export interface OutboxOptions {
  /** Abort a send after this long (ms). */
  timeoutMs?: number;
  /** First retry delay (ms); doubles each attempt, with jitter, up to maxDelayMs. */
  retryBaseMs?: number;
  maxDelayMs?: number;
}

/** Details of the `delivered` and `rejected` events the outbox dispatches. */
export interface OutboxEventDetail {
  item: OutboxItem;
  response?: unknown;
}

type SendResult =
  | { kind: 'ok'; status: number; response: unknown }
  | { kind: 'retry'; status?: number; error: string; retryAfterMs?: number }
  | { kind: 'reject'; status: number; error: string };

const MAX_RESPONSE_CHARS = 20_000;

/** 408, 409 (same key still in progress), 425, 429 and 5xx may succeed later; other 4xx will not. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 425 || status === 429 || status >= 500;
}

/** Retry-After as seconds or an HTTP date, in ms from now (undefined when absent or unreadable). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed), 86_400) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with equal jitter: half fixed, half random, so tabs spread out. */
export function backoffDelay(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * The durable outbox: a submission is written to IndexedDB before its first send, posted with an
 * Idempotency-Key equal to its id, and removed only after a 2xx. It is retried with backoff, on the
 * next page load, on `online` and when the tab becomes visible; Web Locks keep two tabs from sending
 * the same item at once. Unlike Workbox's background-sync queue, nothing expires and a 5xx is a failure.
 */
export class Outbox extends EventTarget {
  private static readonly instances = new Map<string, Outbox>();

  /** The page's outbox for that database; starts flushing what earlier pages left. */
  static forDatabase(dbName: string = DEFAULT_DATABASE, options: OutboxOptions = {}): Outbox {
    let outbox = Outbox.instances.get(dbName);
    if (!outbox) {
      outbox = new Outbox(dbName, options);
      Outbox.instances.set(dbName, outbox);
      outbox.start();
    } else {
      outbox.configure(options);
    }
    return outbox;
  }

  private timeoutMs = 15_000;
  private retryBaseMs = 5_000;
  private maxDelayMs = 15 * 60_000;
  private flushing: Promise<void> | undefined;
  private flushAgain = false;
  private flushAgainDueOnly = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started = false;

  constructor(
    readonly dbName: string = DEFAULT_DATABASE,
    options: OutboxOptions = {},
  ) {
    super();
    this.configure(options);
  }

  configure(options: OutboxOptions): void {
    if (options.timeoutMs) this.timeoutMs = options.timeoutMs;
    if (options.retryBaseMs) this.retryBaseMs = options.retryBaseMs;
    if (options.maxDelayMs) this.maxDelayMs = options.maxDelayMs;
  }

  private readonly onWake = (): void => {
    if (document.visibilityState === 'visible') void this.flush();
  };

  /** Listens for the moments a retry may succeed, and flushes what is left from earlier pages. */
  start(): void {
    if (this.started) return;
    this.started = true;
    window.addEventListener('online', this.onWake);
    document.addEventListener('visibilitychange', this.onWake);
    void this.flush();
  }

  /** Stops listening and cancels the retry timer (tests). */
  stop(): void {
    this.started = false;
    window.removeEventListener('online', this.onWake);
    document.removeEventListener('visibilitychange', this.onWake);
    clearTimeout(this.timer);
    Outbox.instances.delete(this.dbName);
  }

  /** Keeps then sends one submission. Never throws: the outcome says what happened. */
  async submit(envelope: Envelope, endpoint: string): Promise<SubmitOutcome> {
    envelopeSchema.parse(envelope);
    const item: OutboxItem = {
      id: envelope.id,
      kind: envelope.kind,
      endpoint,
      envelope,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      notBefore: 0,
      queuedAt: new Date().toISOString(),
    };
    const store = await this.tryStore();
    let kept = false;
    if (store) {
      try {
        await store.putOutboxItem(item);
        kept = true;
      } catch {
        // Quota exceeded or storage revoked: still send, and say no copy is kept.
      }
    }
    if (!kept) {
      const result = await this.send(item);
      if (result.kind === 'ok') return { status: 'sent', id: item.id, kept: false, httpStatus: result.status, response: result.response };
      return { status: 'failed', id: item.id, kept: false, ...(result.status ? { httpStatus: result.status } : {}) };
    }
    let outcome: SubmitOutcome | undefined;
    try {
      outcome = await this.deliver(store!, item.id);
    } catch {
      // The store failed mid-send (connection closing, quota): the item is kept, a later flush sends it.
    }
    this.scheduleTimer();
    return outcome ?? { status: 'queued', id: item.id, kept: true };
  }

  /** Saves a submission in the local store (no endpoint). */
  async save(envelope: Envelope): Promise<SubmitOutcome> {
    envelopeSchema.parse(envelope);
    const store = await this.tryStore();
    if (!store) return { status: 'failed', id: envelope.id, kept: false };
    try {
      await store.saveSubmission(envelope);
      return { status: 'saved', id: envelope.id, kept: true };
    } catch {
      return { status: 'failed', id: envelope.id, kept: false };
    }
  }

  /**
   * Sends every pending item. `dueOnly` (the retry timer) skips items whose backoff has not run out;
   * the page load, `online` and visibility triggers try them all, except where a server asked to wait.
   */
  flush(options: { dueOnly?: boolean } = {}): Promise<void> {
    const dueOnly = options.dueOnly ?? false;
    if (this.flushing) {
      // Run again after this pass; a forced request (page load, online, visible) is never downgraded.
      this.flushAgainDueOnly = this.flushAgain ? this.flushAgainDueOnly && dueOnly : dueOnly;
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      let passDueOnly = dueOnly;
      try {
        do {
          this.flushAgain = false;
          try {
            await this.flushOnce(passDueOnly);
          } catch {
            // A store error ends this pass; the items stay and the next trigger tries again.
          }
          passDueOnly = this.flushAgainDueOnly;
        } while (this.flushAgain);
      } finally {
        this.flushing = undefined;
        this.scheduleTimer();
      }
    })();
    return this.flushing;
  }

  /** Items still waiting or rejected, oldest first (for the team's view and for tests). */
  async pending(): Promise<OutboxItem[]> {
    const store = await this.tryStore();
    if (!store) return [];
    return (await store.listOutbox()).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  }

  private async flushOnce(dueOnly: boolean): Promise<void> {
    const store = await this.tryStore();
    if (!store) return;
    const now = Date.now();
    const items = (await store.listOutbox())
      .filter((item) => item.state === 'pending' && item.notBefore <= now && (!dueOnly || item.nextAttemptAt <= now))
      .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
    for (const item of items) {
      await this.deliver(store, item.id);
    }
  }

  /** Sends one item under its Web Lock; undefined when another tab holds it or it is already gone. */
  private async deliver(store: LocalStore, id: string): Promise<SubmitOutcome | undefined> {
    const work = async (): Promise<SubmitOutcome | undefined> => {
      // Read again inside the lock: another tab may have delivered it meanwhile.
      const item = await store.getOutboxItem(id);
      if (!item || item.state !== 'pending') return undefined;
      const result = await this.send(item);
      if (result.kind === 'ok') {
        await store.deleteOutboxItem(id);
        this.dispatchEvent(new CustomEvent<OutboxEventDetail>('delivered', { detail: { item, response: result.response } }));
        return { status: 'sent', id, kept: true, httpStatus: result.status, response: result.response };
      }
      const attempts = item.attempts + 1;
      if (result.kind === 'reject') {
        const rejected: OutboxItem = { ...item, state: 'rejected', attempts, lastStatus: result.status, lastError: result.error };
        if (!(await store.replaceOutboxItem(rejected))) return undefined;
        this.dispatchEvent(new CustomEvent<OutboxEventDetail>('rejected', { detail: { item: rejected } }));
        return { status: 'rejected', id, kept: true, httpStatus: result.status };
      }
      const now = Date.now();
      const wait = Math.max(backoffDelay(attempts, this.retryBaseMs, this.maxDelayMs), result.retryAfterMs ?? 0);
      const retry: OutboxItem = {
        ...item,
        attempts,
        nextAttemptAt: now + wait,
        notBefore: result.retryAfterMs ? now + result.retryAfterMs : 0,
        lastError: result.error,
      };
      if (result.status) retry.lastStatus = result.status;
      // Only if it is still there: without Web Locks (plain http) another tab may have delivered it meanwhile.
      if (!(await store.replaceOutboxItem(retry))) return undefined;
      return { status: 'queued', id, kept: true, ...(result.status ? { httpStatus: result.status } : {}) };
    };
    // Web Locks exist only in secure contexts; elsewhere the Idempotency-Key still prevents doubles.
    if (!navigator.locks) return work();
    return navigator.locks.request(`msp-outbox:${this.dbName}:${id}`, { ifAvailable: true }, (lock) =>
      lock ? work() : undefined,
    );
  }

  private async send(item: OutboxItem): Promise<SendResult> {
    try {
      const response = await fetch(item.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': item.id },
        body: JSON.stringify(item.envelope),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (response.ok) return { kind: 'ok', status: response.status, response: await readJson(response) };
      const error = `HTTP ${response.status}`;
      if (isRetryableStatus(response.status)) {
        const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
        return { kind: 'retry', status: response.status, error, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
      }
      return { kind: 'reject', status: response.status, error: `${error}: ${await readText(response, 500)}` };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      return { kind: 'retry', error: name === 'TimeoutError' ? 'timeout' : 'network' };
    }
  }

  private async tryStore(): Promise<LocalStore | undefined> {
    try {
      return await LocalStore.open(this.dbName);
    } catch (error) {
      if (error instanceof StorageUnavailableError) return undefined;
      throw error;
    }
  }

  /** One timer for the earliest retry; a long-open page keeps trying with no expiry. */
  private scheduleTimer(): void {
    if (!this.started) return;
    clearTimeout(this.timer);
    void this.pending().then((items) => {
      const next = Math.min(...items.filter((i) => i.state === 'pending').map((i) => Math.max(i.nextAttemptAt, i.notBefore)));
      if (!Number.isFinite(next) || !this.started) return;
      this.timer = setTimeout(() => void this.flush({ dueOnly: true }), Math.max(0, next - Date.now()) + 50);
    });
  }
}

/** The body as text, or '' when unreadable or larger than any answer we expect. */
async function readText(response: Response, max = MAX_RESPONSE_CHARS): Promise<string> {
  try {
    const body = await response.text();
    return body.length > max ? body.slice(0, max) : body;
  } catch {
    return '';
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    const body = await readText(response);
    return body ? JSON.parse(body) : undefined;
  } catch {
    return undefined;
  }
}
