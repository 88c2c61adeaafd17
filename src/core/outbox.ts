import type { Envelope, SubmissionKind } from './envelope.js';
import { envelopeSchema } from './envelope-schema.js';
import { DEFAULT_DATABASE, LocalStore, StorageUnavailableError, type OutboxItem } from './storage.js';

/** What happened to one submission, as the person is told. */
export type SubmitStatus =
  /** the endpoint answered 2xx with JSON (or nothing) */
  | 'sent'
  /** kept in the outbox, will be sent when the endpoint answers */
  | 'queued'
  /** no endpoint: kept in this browser's local store */
  | 'saved'
  /**
   * the endpoint refused it (4xx). A 401, 403 or 404 is still retried on a slow schedule until
   * `retryUntil`; any other 4xx is final. Personal data leaves the kept copy when it is final.
   */
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
  /** Refused for now (401, 403, 404): retried on a slow schedule until this ISO instant, then rejected for good. */
  retryUntil?: string;
  /**
   * The submission held personal data (an event signup's name and contact, an idea's participation
   * contact) that a rejected copy does not keep: erased at this ISO instant — already, or when the
   * retries end. The widget tells the person.
   */
  personalDataErasedAt?: string;
  /** A rejected copy is deleted from this device at this ISO instant (at the latest on the first visit after). */
  keptUntil?: string;
}

export interface OutboxOptions {
  /** Abort a send after this long (ms). */
  timeoutMs?: number;
  /** First retry delay (ms); doubles each attempt, with jitter, up to maxDelayMs. */
  retryBaseMs?: number;
  maxDelayMs?: number;
  /** Sends in flight at once while flushing (default 4; each item still goes out once, under its Web Lock). */
  concurrency?: number;
  /** How long a 401, 403 or 404 is retried before the item is rejected for good (default 3 days). */
  refusedRetryForMs?: number;
  /** First delay of that slow schedule (default 10 min), doubling up to refusedMaxDelayMs (default 6 h). */
  refusedRetryBaseMs?: number;
  refusedMaxDelayMs?: number;
  /** How long a rejected copy, without its personal data, stays on the device (default 30 days). */
  rejectedKeepMs?: number;
  /** Network failures in a row while the browser is online before `unreachable` is reported (default 3). */
  unreachableAfter?: number;
}

/** Details of the `delivered` and `rejected` events the outbox dispatches. */
export interface OutboxEventDetail {
  item: OutboxItem;
  response?: unknown;
}

/**
 * Why an endpoint cannot be delivered to, as the webmaster must hear it: it answers with a redirect,
 * it answers 2xx with something that is not our JSON (an HTML page: a Wi-Fi portal, a CMS page), or
 * the browser, online, cannot reach it at all (CORS refusal, DNS, TLS).
 */
export type DeliveryProblem = 'redirect' | 'invalid-response' | 'unreachable';

/** Detail of the `problem` event the outbox dispatches (once per endpoint and problem on a page). */
export interface OutboxProblemDetail {
  item: OutboxItem;
  reason: DeliveryProblem;
  /** What the webmaster reads in the console: the cause and the fix, in French. */
  message: string;
  httpStatus?: number;
}

/** What the webmaster reads in the console for each delivery problem: the cause and the fix. */
const problemHints: Record<DeliveryProblem, (endpoint: string) => string> = {
  redirect: (endpoint) =>
    `Le point de collecte ${endpoint} répond par une redirection (http vers https, adresse déplacée, portail Wi-Fi ?). ` +
    'Une redirection ne vaut jamais livraison : indiquez dans `endpoint` l’adresse finale, en https. Les envois restent gardés et seront retentés.',
  'invalid-response': (endpoint) =>
    `Le point de collecte ${endpoint} répond 2xx avec une page HTML ou un texte qui n’est pas du JSON (portail Wi-Fi, page du site à cette adresse ?). ` +
    'Ce n’est pas une livraison : vérifiez l’adresse `endpoint` ; le point de collecte doit répondre en JSON (ou sans corps). Les envois restent gardés et seront retentés.',
  unreachable: (endpoint) =>
    `Le navigateur est en ligne mais n’atteint pas ${endpoint} (refus CORS, nom de domaine, certificat TLS). ` +
    'Vérifiez que le collecteur autorise l’origine de cette page (`--origin ' +
    location.origin +
    '`, ou l’en-tête Access-Control-Allow-Origin de votre point de collecte) et que l’adresse est juste. Les envois restent gardés sur l’appareil de la personne et seront retentés.',
};

/** An endpoint's answer, as far as delivery is concerned. */
export interface Answer {
  status: number;
  /** `fetch(…, { redirect: 'manual' })` gave an opaque redirect (status 0). */
  opaqueRedirect?: boolean;
  contentType: string | null;
  body: string;
  retryAfter: string | null;
}

/** What an answer (or its absence) means for the item. */
export type SendResult =
  | { kind: 'ok'; status: number; response: unknown }
  | { kind: 'retry'; status?: number; error: string; retryAfterMs?: number; problem?: DeliveryProblem }
  /** 401, 403, 404: retried on the slow schedule for a bounded time. */
  | { kind: 'refused'; status: number; error: string }
  | { kind: 'reject'; status: number; error: string };

const MAX_RESPONSE_CHARS = 200_000;
const MAX_RETRY_AFTER_MS = 86_400_000;
/** setTimeout holds a signed 32-bit delay; a larger one fires at once (the 6,046-passes loop of issue 16). */
export const MAX_TIMER_MS = 2 ** 31 - 1;
const DAY = 86_400_000;

/** 408, 409 (same key still in progress), 425, 429 and 5xx may succeed later; other 4xx will not. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 425 || status === 429 || status >= 500;
}

/** 401, 403, 404 are often a passing deploy, an expired token or a firewall: retried slowly, for a while. */
export function isRefusedForNow(status: number): boolean {
  return status === 401 || status === 403 || status === 404;
}

/** Retry-After as seconds or an HTTP date, in ms from now, at most a day (undefined when absent or unreadable). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.min(MAX_RETRY_AFTER_MS, Math.max(0, date - now));
}

/** Exponential backoff with equal jitter: half fixed, half random, so tabs spread out. */
export function backoffDelay(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Delivered or not. A redirect never is (a 301/302/303 would make the browser re-send as a GET whose
 * 200 proves nothing), nor a 2xx whose body is an HTML page or anything but JSON (a Wi-Fi portal, a
 * CMS page at that address): both are retried. An empty 2xx body (204) is a delivery.
 */
export function judgeAnswer(answer: Answer, now = Date.now()): SendResult {
  const { status } = answer;
  if (answer.opaqueRedirect || (status >= 300 && status < 400) || status === 0) {
    return { kind: 'retry', error: 'redirect', problem: 'redirect', ...(status > 0 ? { status } : {}) };
  }
  if (status >= 200 && status < 300) {
    const body = answer.body.trim();
    const html = /html/i.test(answer.contentType ?? '') || /^<(!doctype|html|head|body)\b/i.test(body);
    if (html) return { kind: 'retry', status, error: 'invalid-response', problem: 'invalid-response' };
    if (!body) return { kind: 'ok', status, response: undefined };
    try {
      return { kind: 'ok', status, response: JSON.parse(body) };
    } catch {
      return { kind: 'retry', status, error: 'invalid-response', problem: 'invalid-response' };
    }
  }
  const error = `HTTP ${status}`;
  if (isRetryableStatus(status)) {
    const retryAfterMs = parseRetryAfter(answer.retryAfter, now);
    return { kind: 'retry', status, error, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  if (isRefusedForNow(status)) return { kind: 'refused', status, error };
  return { kind: 'reject', status, error: `${error}: ${answer.body.slice(0, 500)}` };
}

// Clocks jump: a phone's clock set back by weeks leaves stored times far ahead. No wait we set is longer
// than `maxAheadMs`, so a stored time further ahead than that means the clock went back: how much of the
// wait is left is unknown, and the wait is over. An item is never stranded, and a timer never overflows.

/** A stored time to wait for, or now when it lies further ahead than any wait we set (the clock went back). */
export function trustedTime(at: number, now: number, maxAheadMs: number): number {
  return at - now > maxAheadMs ? now : at;
}

/** A deadline to store again, brought back within `spanMs` of now (the clock went back: the span restarts). */
export function clampAhead(at: number, now: number, spanMs: number): number {
  return Math.min(at, now + spanMs);
}

/** Whether the outbox still tries to send this item (pending, or refused for now). */
export function isRetrying(item: OutboxItem): boolean {
  return item.state === 'pending' || (item.state === 'rejected' && item.retryUntil !== undefined);
}

/** When the timer should try this item next. */
export function nextDueAt(item: OutboxItem, now: number, maxAheadMs: number): number {
  return Math.max(trustedTime(item.nextAttemptAt, now, maxAheadMs), trustedTime(item.notBefore, now, maxAheadMs));
}

/** `dueOnly` (the timer) waits for the backoff; a forced flush waits only for Retry-After or the slow schedule. */
export function isDue(item: OutboxItem, now: number, maxAheadMs: number, dueOnly: boolean): boolean {
  if (!isRetrying(item)) return false;
  return dueOnly ? nextDueAt(item, now, maxAheadMs) <= now : trustedTime(item.notBefore, now, maxAheadMs) <= now;
}

/** The delay to give setTimeout for a time: never negative, never beyond what setTimeout holds. */
export function timerDelay(dueAt: number, now: number): number {
  return Math.min(MAX_TIMER_MS, Math.max(0, dueAt - now) + 50);
}

/** Payload fields that identify or reach a person, per kind: never kept in a copy that will not be sent. */
const personalFields: Partial<Record<SubmissionKind, readonly string[]>> = {
  'event-signup': ['name', 'contact', 'accessNeeds', 'motivation'],
  idea: ['participation'],
};

/** Whether the envelope carries a name or a way to reach someone. */
export function hasPersonalData(envelope: Envelope): boolean {
  return (personalFields[envelope.kind] ?? []).some((field) => envelope.payload[field] !== undefined);
}

/** A copy of the envelope without its personal fields. */
export function withoutPersonalData(envelope: Envelope): Envelope {
  const payload = { ...envelope.payload };
  for (const field of personalFields[envelope.kind] ?? []) delete payload[field];
  return { ...envelope, payload };
}

/** An item rejected for good at `now`: personal data erased at once, retries over. */
export function rejectForGood(item: OutboxItem, now: number): OutboxItem {
  const { retryUntil: _retryUntil, ...rest } = item;
  const erase = hasPersonalData(item.envelope);
  return {
    ...rest,
    state: 'rejected',
    rejectedAt: now,
    nextAttemptAt: 0,
    notBefore: 0,
    envelope: erase ? withoutPersonalData(item.envelope) : item.envelope,
    ...(erase || item.personalDataErased ? { personalDataErased: true } : {}),
  };
}

/**
 * What time does to an item rejected for good: deleted `keepMs` after its rejection; an item rejected
 * before these rules (no `rejectedAt`, maybe a contact inside) is brought under them now. Undefined: unchanged.
 */
export function ageRejected(item: OutboxItem, now: number, keepMs: number): OutboxItem | 'delete' | undefined {
  if (item.state !== 'rejected' || item.retryUntil !== undefined) return undefined;
  if (item.rejectedAt !== undefined && item.rejectedAt <= now) return now >= item.rejectedAt + keepMs ? 'delete' : undefined;
  // Never dated, or dated in the future (clock set back): count from now.
  return item.rejectedAt === undefined ? rejectForGood(item, now) : { ...item, rejectedAt: now };
}

/** At most `limit()` tasks run at once; the others wait their turn, first come first served. */
export class Slots {
  private busy = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: () => number) {}

  /** Tasks running now (tests). */
  get running(): number {
    return this.busy;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.busy < this.limit() && this.waiting.length === 0) this.busy++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      this.busy--;
      while (this.busy < this.limit() && this.waiting.length > 0) {
        this.busy++;
        this.waiting.shift()!();
      }
    }
  }
}

/**
 * The durable outbox: a submission is written to IndexedDB before its first send, posted with an
 * Idempotency-Key equal to its id, and removed only after a 2xx carrying JSON (or nothing) — never after
 * a redirect nor an HTML page. It is retried with backoff, on the next page load, on `online` and when
 * the tab becomes visible, a few at a time; Web Locks keep two tabs from sending the same item at once.
 * Unlike Workbox's background-sync queue, a pending item never expires and a 5xx is a failure; only a
 * refusal is bounded: 401/403/404 retried slowly for `refusedRetryForMs`, then rejected for good with
 * its personal data erased, and a rejected copy deleted after `rejectedKeepMs`.
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
  private concurrency = 4;
  private refusedRetryForMs = 3 * DAY;
  private refusedRetryBaseMs = 10 * 60_000;
  private refusedMaxDelayMs = 6 * 60 * 60_000;
  private rejectedKeepMs = 30 * DAY;
  private unreachableAfter = 3;
  private flushing: Promise<void> | undefined;
  private flushAgain = false;
  private flushAgainDueOnly = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private scheduling = false;
  private scheduleAgain = false;
  private started = false;
  /** Problems already reported on this page, by reason and endpoint. */
  private readonly reported = new Set<string>();
  /** Every send of this outbox (flushes and direct submits) takes one: `concurrency` requests in flight at most. */
  private readonly sendSlots = new Slots(() => this.concurrency);

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
    if (options.concurrency) this.concurrency = Math.max(1, Math.floor(options.concurrency));
    if (options.refusedRetryForMs) this.refusedRetryForMs = options.refusedRetryForMs;
    if (options.refusedRetryBaseMs) this.refusedRetryBaseMs = options.refusedRetryBaseMs;
    if (options.refusedMaxDelayMs) this.refusedMaxDelayMs = options.refusedMaxDelayMs;
    if (options.rejectedKeepMs) this.rejectedKeepMs = options.rejectedKeepMs;
    if (options.unreachableAfter) this.unreachableAfter = options.unreachableAfter;
  }

  /** The longest wait this outbox may have stored: anything further ahead means the clock went back. */
  private get maxAheadMs(): number {
    return Math.max(this.maxDelayMs, MAX_RETRY_AFTER_MS, this.refusedMaxDelayMs);
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
   * Sends every item due. `dueOnly` (the retry timer) skips items whose backoff has not run out;
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
    return (await store.listOutbox()).sort(byQueuedAt);
  }

  private async flushOnce(dueOnly: boolean): Promise<void> {
    const store = await this.tryStore();
    if (!store) return;
    const now = Date.now();
    const all = await store.listOutbox();
    for (const item of all) {
      const aged = ageRejected(item, now, this.rejectedKeepMs);
      if (aged === 'delete') await store.deleteOutboxItem(item.id);
      else if (aged) await store.replaceOutboxItem(aged);
    }
    const items = all.filter((item) => isDue(item, now, this.maxAheadMs, dueOnly)).sort(byQueuedAt);
    // A few sends in flight at once (a browser opens at most six connections per host): 1,000 queued
    // items go out in seconds, not minutes. Each item is still sent under its own Web Lock. Twice as
    // many items as sends are under way: while `concurrency` requests are out, the next items take
    // their locks and are read, and the delivered ones are deleted, so a send slot never waits for
    // the store (the sends themselves stay bounded by the slots).
    let next = 0;
    let failure: { error: unknown } | undefined;
    const worker = async (): Promise<void> => {
      while (!failure && next < items.length) {
        const item = items[next++]!;
        try {
          await this.deliver(store, item.id, { seen: item, dueOnly });
        } catch (error) {
          failure = { error };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency * 2, items.length) }, worker));
    if (failure) throw failure.error;
  }

  /**
   * Sends one item under its Web Lock; undefined when another tab holds it or it is already gone. A
   * flush passes the item as it saw it: if another tab tried it since, or it is no longer due, it waits.
   */
  private async deliver(store: LocalStore, id: string, flush?: { seen: OutboxItem; dueOnly: boolean }): Promise<SubmitOutcome | undefined> {
    const work = async (): Promise<SubmitOutcome | undefined> => {
      // Read again inside the lock: another tab may have delivered it, or tried it and set a new wait.
      const item = await store.getOutboxItemGrouped(id);
      if (!item || !isRetrying(item)) return undefined;
      if (flush && (item.attempts !== flush.seen.attempts || !isDue(item, Date.now(), this.maxAheadMs, flush.dueOnly))) return undefined;
      const result = await this.send(item);
      if (result.kind === 'ok') {
        // The lock is held until this delete has committed, so no other tab re-sends a delivered item.
        await store.deleteOutboxItemGrouped(id);
        this.dispatchEvent(new CustomEvent<OutboxEventDetail>('delivered', { detail: { item, response: result.response } }));
        return { status: 'sent', id, kept: true, httpStatus: result.status, response: result.response };
      }
      const next = this.afterFailure(item, result, Date.now());
      // Only if it is still there: without Web Locks (plain http) another tab may have delivered it meanwhile.
      if (!(await store.replaceOutboxItem(next))) return undefined;
      this.reportProblem(next, result);
      if (next.state === 'rejected' && next.retryUntil === undefined) {
        this.dispatchEvent(new CustomEvent<OutboxEventDetail>('rejected', { detail: { item: next } }));
      }
      return this.outcomeOf(next, result);
    };
    // Web Locks exist only in secure contexts; elsewhere the Idempotency-Key still prevents doubles.
    if (!navigator.locks) return work();
    return navigator.locks.request(`msp-outbox:${this.dbName}:${id}`, { ifAvailable: true }, (lock) => (lock ? work() : undefined));
  }

  /** The item after a send that did not deliver it. */
  private afterFailure(item: OutboxItem, result: Exclude<SendResult, { kind: 'ok' }>, now: number): OutboxItem {
    const attempts = item.attempts + 1;
    const onlineFailures = result.kind === 'retry' && result.error === 'network' && navigator.onLine ? (item.onlineFailures ?? 0) + 1 : 0;
    const tried: OutboxItem = { ...item, attempts, lastError: result.error, onlineFailures };
    if (result.status) tried.lastStatus = result.status;
    if (result.kind === 'reject') return rejectForGood(tried, now);
    const retryAfterMs = result.kind === 'retry' ? (result.retryAfterMs ?? 0) : 0;
    if (result.kind === 'refused' || item.retryUntil !== undefined) {
      // Refused for now: the slow schedule, until the bound; then rejected for good, whatever this failure was.
      const retryUntil = clampAhead(item.retryUntil ?? now + this.refusedRetryForMs, now, this.refusedRetryForMs);
      if (now >= retryUntil) return rejectForGood(tried, now);
      const at = Math.min(now + Math.max(backoffDelay(attempts, this.refusedRetryBaseMs, this.refusedMaxDelayMs), retryAfterMs), retryUntil);
      return { ...tried, state: 'rejected', retryUntil, nextAttemptAt: at, notBefore: at };
    }
    const wait = Math.max(backoffDelay(attempts, this.retryBaseMs, this.maxDelayMs), retryAfterMs);
    return { ...tried, nextAttemptAt: now + wait, notBefore: retryAfterMs ? now + retryAfterMs : 0 };
  }

  private outcomeOf(item: OutboxItem, result: Exclude<SendResult, { kind: 'ok' }>): SubmitOutcome {
    if (item.state === 'pending') return { status: 'queued', id: item.id, kept: true, ...(result.status ? { httpStatus: result.status } : {}) };
    const iso = (ms: number) => new Date(ms).toISOString();
    const outcome: SubmitOutcome = { status: 'rejected', id: item.id, kept: true, ...(item.lastStatus ? { httpStatus: item.lastStatus } : {}) };
    if (item.retryUntil !== undefined) {
      outcome.retryUntil = iso(item.retryUntil);
      if (hasPersonalData(item.envelope)) outcome.personalDataErasedAt = iso(item.retryUntil);
      outcome.keptUntil = iso(item.retryUntil + this.rejectedKeepMs);
    } else {
      const rejectedAt = item.rejectedAt ?? Date.now();
      if (item.personalDataErased) outcome.personalDataErasedAt = iso(rejectedAt);
      outcome.keptUntil = iso(rejectedAt + this.rejectedKeepMs);
    }
    return outcome;
  }

  /** Tells the page (once per endpoint and problem) what the webmaster must fix. */
  private reportProblem(item: OutboxItem, result: Exclude<SendResult, { kind: 'ok' }>): void {
    const reason: DeliveryProblem | undefined =
      result.kind === 'retry' && result.problem ? result.problem : (item.onlineFailures ?? 0) >= this.unreachableAfter ? 'unreachable' : undefined;
    if (!reason) return;
    const key = `${reason} ${item.endpoint}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const detail: OutboxProblemDetail = { item, reason, message: problemHints[reason](item.endpoint), ...(result.status ? { httpStatus: result.status } : {}) };
    this.dispatchEvent(new CustomEvent<OutboxProblemDetail>('problem', { detail }));
  }

  /** One request, when a send slot is free. */
  private send(item: OutboxItem): Promise<SendResult> {
    return this.sendSlots.run(() => this.post(item));
  }

  private async post(item: OutboxItem): Promise<SendResult> {
    try {
      const response = await fetch(item.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': item.id },
        body: JSON.stringify(item.envelope),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        // Never follow: a 301/302/303 turns the POST into a GET whose 200 would count as delivered.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const opaqueRedirect = response.type === 'opaqueredirect';
      return judgeAnswer({
        status: response.status,
        opaqueRedirect,
        contentType: response.headers.get('Content-Type'),
        body: opaqueRedirect ? '' : await readText(response),
        retryAfter: response.headers.get('Retry-After'),
      });
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

  /**
   * One timer for the earliest retry; a long-open page keeps trying with no expiry. Calls while the
   * outbox is being read fold into one more read (a thousand submits read it twice, not a thousand times).
   */
  private scheduleTimer(): void {
    if (!this.started) return;
    if (this.scheduling) {
      this.scheduleAgain = true;
      return;
    }
    this.scheduling = true;
    void this.tryStore()
      .then((store) => store?.listOutbox() ?? [])
      .then((items) => {
        const now = Date.now();
        let next = Infinity;
        for (const item of items) if (isRetrying(item)) next = Math.min(next, nextDueAt(item, now, this.maxAheadMs));
        clearTimeout(this.timer);
        if (!Number.isFinite(next) || !this.started) return;
        this.timer = setTimeout(() => void this.flush({ dueOnly: true }), timerDelay(next, now));
      })
      .catch(() => {
        // The store closed meanwhile: the next submit, flush or page load schedules again.
      })
      .finally(() => {
        this.scheduling = false;
        if (this.scheduleAgain) {
          this.scheduleAgain = false;
          this.scheduleTimer();
        }
      });
  }
}

/** Oldest first (ISO instants compare as strings, without the cost of localeCompare). */
function byQueuedAt(a: OutboxItem, b: OutboxItem): number {
  return a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0;
}

/** The body as text, cut at a length no answer of ours reaches. A failure to read it is a failed send. */
async function readText(response: Response, max = MAX_RESPONSE_CHARS): Promise<string> {
  const body = await response.text();
  return body.length > max ? body.slice(0, max) : body;
}
