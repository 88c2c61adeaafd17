import type { Envelope, SubmissionKind } from '../../core/envelope.js';
import type { LocalStore, OutboxItem, StoredSubmission } from '../../core/storage.js';
import { envelopeSchema } from '../../core/envelope.js';
import * as z from 'zod/mini';
import type { SeatAction } from '../../contracts/seats.js';
import { HISTORY_NAMESPACE } from '../../contracts/continuum-history.js';

/**
 * Where an item came from: `stored` (kept on this device, no endpoint), `pending` (in the outbox,
 * not yet delivered), `rejected` (refused by the endpoint, kept for the team), `remote` (read from the collector).
 */
export type ItemOrigin = 'stored' | 'pending' | 'rejected' | 'remote';

/** One submission as the results view sees it, whatever its source. */
export interface ResultItem<P = Record<string, unknown>> {
  id: string;
  kind: SubmissionKind;
  envelope: Envelope<P>;
  /** When the team's side got it: collector's receivedAt, local savedAt or outbox queuedAt. */
  receivedAt: string;
  origin: ItemOrigin;
  /** For `rejected` items: the endpoint's HTTP status. */
  httpStatus?: number | undefined;
}

/** Where the results come from. Pure normalisers below; the classes are thin adapters. */
export interface ResultsSource {
  /** `local` can delete; `remote` is read-only. */
  readonly mode: 'local' | 'remote';
  /** The team's actions the endpoint reported on the last read (cancelled signups); none locally. */
  readonly actions: readonly SeatAction[];
  /** Every item of that kind (or all kinds). */
  list(kind?: SubmissionKind, signal?: AbortSignal): Promise<ResultItem[]>;
}

/** A locally kept submission as a result item. */
export function fromStored(record: StoredSubmission): ResultItem {
  return { id: record.id, kind: record.kind, envelope: record.envelope, receivedAt: record.savedAt, origin: 'stored' };
}

/** An outbox item (waiting or rejected) as a result item, clearly marked. */
export function fromOutbox(item: OutboxItem): ResultItem {
  return {
    id: item.id,
    kind: item.kind,
    envelope: item.envelope,
    receivedAt: item.queuedAt,
    origin: item.state === 'rejected' ? 'rejected' : 'pending',
    httpStatus: item.lastStatus,
  };
}

const remoteAnswerSchema = z.object({
  submissions: z.array(z.unknown()),
  /** The reference collector's team actions (ids only); other endpoints may send none. */
  actions: z.optional(z.array(z.looseObject({ type: z.string(), data: z.record(z.string(), z.unknown()) }))),
});

/**
 * Reads the collector's documented answer `{ submissions: [envelope + receivedAt] }`; items that are
 * not envelopes are counted, not shown (another endpoint may follow the format loosely).
 */
export function fromRemoteAnswer(json: unknown): { items: ResultItem[]; ignored: number; actions: SeatAction[] } {
  const answer = z.safeParse(remoteAnswerSchema, json);
  if (!answer.success) throw new RemoteFormatError();
  const items: ResultItem[] = [];
  let ignored = 0;
  for (const entry of answer.data.submissions) {
    const envelope = z.safeParse(envelopeSchema, entry);
    const receivedAt = (entry as { receivedAt?: unknown }).receivedAt;
    if (!envelope.success) {
      ignored++;
      continue;
    }
    items.push({
      id: envelope.data.id,
      kind: envelope.data.kind,
      envelope: envelope.data as Envelope,
      receivedAt: typeof receivedAt === 'string' ? receivedAt : envelope.data.createdAt,
      origin: 'remote',
    });
  }
  return { items, ignored, actions: answer.data.actions ?? [] };
}

/** A self-check kept in the continuum check's history (a document with its full payload), as a result item. */
export function fromHistory(document: { key: string; value: unknown }): ResultItem | undefined {
  const saved = document.value as { id?: unknown; savedAt?: unknown; payload?: unknown };
  if (typeof saved?.savedAt !== 'string' || !saved.payload || typeof saved.payload !== 'object') return undefined;
  const envelope = { id: document.key, kind: 'self-check' as const, schemaVersion: 1 as const, createdAt: saved.savedAt, locale: 'fr', payload: saved.payload as Record<string, unknown> };
  if (!envelopeSchema.safeParse(envelope).success) return undefined;
  return { id: document.key, kind: 'self-check', envelope, receivedAt: saved.savedAt, origin: 'stored' };
}

/** Local and outbox items together, each id once (a delivered item may linger in both for an instant). */
export function mergeLocal(stored: StoredSubmission[], outbox: OutboxItem[], kind?: SubmissionKind): ResultItem[] {
  const seen = new Set<string>();
  const items: ResultItem[] = [];
  for (const item of [...stored.map(fromStored), ...outbox.map(fromOutbox)]) {
    if (seen.has(item.id) || (kind && item.kind !== kind)) continue;
    seen.add(item.id);
    items.push(item);
  }
  return items;
}

/** This browser's IndexedDB: submissions kept locally and the outbox's waiting and rejected items. */
export class LocalSource implements ResultsSource {
  readonly mode = 'local';
  readonly actions: readonly SeatAction[] = [];
  constructor(private readonly store: LocalStore) {}

  async list(kind?: SubmissionKind): Promise<ResultItem[]> {
    const [stored, outbox, history] = await Promise.all([
      this.store.listSubmissions(kind),
      this.store.listOutbox(),
      // The team's self-checks are kept in the continuum check's history, not as submissions.
      !kind || kind === 'self-check' ? this.store.listDocuments(HISTORY_NAMESPACE) : Promise.resolve([]),
    ]);
    const items = mergeLocal(stored, outbox, kind);
    const seen = new Set(items.map((item) => item.id));
    for (const document of history) {
      const item = fromHistory(document);
      // Shared and still in the outbox (waiting or refused): that item already stands for it.
      const sharedAs = (document.value as { sharedAs?: unknown }).sharedAs;
      if (item && !seen.has(item.id) && !(typeof sharedAs === 'string' && seen.has(sharedAs))) items.push(item);
    }
    return items;
  }

  /** Deletes items from this device, in the order given (personal data first: see retention.ts). */
  async delete(items: Iterable<Pick<ResultItem, 'id' | 'origin'>>): Promise<number> {
    let count = 0;
    for (const item of items) {
      if (item.origin === 'stored') {
        await this.store.deleteSubmissions([item.id]);
        await this.store.deleteDocument(HISTORY_NAMESPACE, item.id);
      }
      else if (item.origin === 'pending' || item.origin === 'rejected') await this.store.deleteOutboxItem(item.id);
      else continue;
      count++;
    }
    return count;
  }
}

/** The read token was missing or wrong (HTTP 401/403). */
export class UnauthorizedError extends Error {
  override name = 'UnauthorizedError';
}
/** The endpoint answered something else than the documented read format. */
export class RemoteFormatError extends Error {
  override name = 'RemoteFormatError';
}
/** The endpoint could not be reached or answered an error. */
export class RemoteUnavailableError extends Error {
  override name = 'RemoteUnavailableError';
  constructor(readonly httpStatus?: number) {
    super(httpStatus ? `HTTP ${httpStatus}` : 'unreachable');
  }
}

/** The address of the read API: `<source>/submissions`, with `?kind=` when asked. */
export function readUrl(source: string, kind?: SubmissionKind): string {
  const base = source.endsWith('/') ? source : `${source}/`;
  const url = new URL('submissions', base);
  if (kind) url.searchParams.set('kind', kind);
  return url.href;
}

/** The collector's read API (`GET <source>/submissions?kind=…` with a Bearer token). Read-only. */
export class RemoteSource implements ResultsSource {
  readonly mode = 'remote';
  /** Items the endpoint sent that were not envelopes, on the last read. */
  ignored = 0;
  actions: readonly SeatAction[] = [];

  constructor(
    private readonly source: string,
    private readonly token: string,
    private readonly timeoutMs = 15_000,
  ) {}

  async list(kind?: SubmissionKind, signal?: AbortSignal): Promise<ResultItem[]> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    let response: Response;
    try {
      response = await fetch(readUrl(this.source, kind), {
        headers: { Authorization: `Bearer ${this.token}`, Accept: 'application/json' },
        credentials: 'omit',
        cache: 'no-store',
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new RemoteUnavailableError();
    }
    if (response.status === 401 || response.status === 403) throw new UnauthorizedError();
    if (!response.ok) throw new RemoteUnavailableError(response.status);
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new RemoteFormatError();
    }
    const { items, ignored, actions } = fromRemoteAnswer(json);
    this.ignored = ignored;
    this.actions = actions;
    return kind ? items.filter((item) => item.kind === kind) : items;
  }
}
