import type { Envelope, SubmissionKind } from '../../core/envelope.js';
import type { LocalStore, OutboxItem, StoredSubmission } from '../../core/storage.js';
import { envelopeSchema } from '../../core/envelope-schema.js';
import { z } from '../../core/zod.js';
import type { SeatAction } from '../../contracts/seats.js';
import { HISTORY_NAMESPACE } from '../../contracts/continuum-history.js';
import { teamAnswerSchema, type TeamAnswer } from '../../contracts/idea.js';
import { SLICE_MS, yieldToMain, type SliceOptions } from './chunks.js';
import { SubmissionsSplitter } from './submissions-stream.js';

/** Documents-store namespace of the team's answers kept on this device (key: the idea's id). */
export const TEAM_ANSWERS_NAMESPACE = 'msp-results:idea-answers';

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
  /** The team's answers to ideas, by idea id, as of the last read (or save). */
  readonly answers: ReadonlyMap<string, TeamAnswer>;
  /** The capacity of each event the team defined on the collector (null: no limit); undefined locally. */
  readonly capacities?: ReadonlyMap<string, number | null> | undefined;
  /**
   * Every item of that kind (or all kinds). `onItems`, when given, gets them as they are read, batch
   * after batch, before the promise resolves with all of them (in the same order): a view can show
   * what came so far (issue 16).
   */
  list(kind?: SubmissionKind, signal?: AbortSignal, onItems?: (items: readonly ResultItem[]) => void): Promise<ResultItem[]>;
  /**
   * Keeps the team's answer to an idea where this source keeps them (this device, or the collector
   * so that every team member sees it); resolves to what was kept. Rejects on failure (see the errors below).
   */
  saveAnswer(ideaId: string, answer: TeamAnswer): Promise<TeamAnswer>;
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
  /** The team's answers to ideas (TEAM-API `IdeaAnswer`); an older endpoint sends none. */
  answers: z.optional(z.array(z.unknown())),
  /** The events the team defined (TEAM-API `EventDefinition`); an older endpoint sends none. */
  events: z.optional(z.array(z.unknown())),
});

const eventDefinitionSchema = z.looseObject({ id: z.string(), capacity: z.optional(z.nullable(z.number().check(z.int(), z.gte(0)))) });

/** The capacity of each event the team defined (null: no limit); unreadable definitions left out. */
function capacitiesOf(entries: readonly unknown[] | undefined): Map<string, number | null> {
  const capacities = new Map<string, number | null>();
  for (const entry of entries ?? []) {
    const event = z.safeParse(eventDefinitionSchema, entry);
    if (event.success) capacities.set(event.data.id, event.data.capacity ?? null);
  }
  return capacities;
}

/** The event definitions of a read, by id, as sent (sent back whole when the team adds seats). */
function definitionsOf(entries: unknown): Map<string, Record<string, unknown>> {
  const definitions = new Map<string, Record<string, unknown>>();
  for (const entry of Array.isArray(entries) ? entries : []) {
    const event = z.safeParse(eventDefinitionSchema, entry);
    if (event.success) definitions.set(event.data.id, event.data);
  }
  return definitions;
}

/** The `promoted` list of a seat answer (`[{ id, seats }]`); empty when absent. */
function promotedOf(json: unknown): { id: string; seats: number }[] {
  const promoted = (json as { promoted?: unknown } | undefined)?.promoted;
  return Array.isArray(promoted) ? promoted.filter((p): p is { id: string; seats: number } => typeof p?.id === 'string' && typeof p?.seats === 'number') : [];
}

/** One answer as the collector keeps it: `{ ideaId, status, answer, publishText, answeredAt }`. */
const ideaAnswerSchema = z.object({ ...teamAnswerSchema.shape, ideaId: z.string().check(z.minLength(1), z.maxLength(80)) });

/** An `IdeaAnswer` from the collector as the view's `TeamAnswer`; undefined when it is not one. */
export function fromIdeaAnswer(json: unknown): { ideaId: string; answer: TeamAnswer } | undefined {
  const checked = z.safeParse(ideaAnswerSchema, json);
  if (!checked.success) return undefined;
  const { ideaId, status, answer, publishText, answeredAt } = checked.data;
  return { ideaId, answer: { status, answer, publishText, ...(answeredAt ? { answeredAt } : {}) } };
}

/** The answers of a read, by idea id (unreadable entries left out). */
function answersOf(entries: readonly unknown[] | undefined): Map<string, TeamAnswer> {
  const answers = new Map<string, TeamAnswer>();
  for (const entry of entries ?? []) {
    const read = fromIdeaAnswer(entry);
    if (read) answers.set(read.ideaId, read.answer);
  }
  return answers;
}

/** What one read of the collector gives. */
export interface RemoteAnswer {
  items: ResultItem[];
  ignored: number;
  actions: SeatAction[];
  answers: Map<string, TeamAnswer>;
  capacities: Map<string, number | null>;
  /** The events the team defined, by id, as sent. */
  definitions: Map<string, Record<string, unknown>>;
}

/** One entry of `submissions` as a result item; undefined when it is not an envelope. */
function remoteItem(entry: unknown): ResultItem | undefined {
  const envelope = z.safeParse(envelopeSchema, entry);
  if (!envelope.success) return undefined;
  const receivedAt = (entry as { receivedAt?: unknown }).receivedAt;
  return {
    id: envelope.data.id,
    kind: envelope.data.kind,
    envelope: envelope.data as Envelope,
    receivedAt: typeof receivedAt === 'string' ? receivedAt : envelope.data.createdAt,
    origin: 'remote',
  };
}

/** The answer's shape checked (every field but the submissions, read one by one). */
function remoteAnswerParts(json: unknown): Omit<RemoteAnswer, 'items' | 'ignored'> & { submissions: unknown[] } {
  const answer = z.safeParse(remoteAnswerSchema, json);
  if (!answer.success) throw new RemoteFormatError();
  const { submissions, actions, answers, events } = answer.data;
  return { submissions, actions: actions ?? [], answers: answersOf(answers), capacities: capacitiesOf(events), definitions: definitionsOf(events) };
}

/**
 * Reads the collector's documented answer `{ submissions: [envelope + receivedAt] }`; items that are
 * not envelopes are counted, not shown (another endpoint may follow the format loosely).
 */
export function fromRemoteAnswer(json: unknown): RemoteAnswer {
  const { submissions, ...rest } = remoteAnswerParts(json);
  const items = submissions.map(remoteItem).filter((item) => item !== undefined);
  return { items, ignored: submissions.length - items.length, ...rest };
}

/** Pieces of the text the splitter scans at once (a body's chunk may be large). */
const PIECE = 64 * 1024;

/**
 * `fromRemoteAnswer` read from the response's body as it arrives: each submission's text cut out
 * (submissions-stream.ts), parsed and checked in slices that give the main thread back (chunks.ts),
 * never one `response.json()` of the whole answer (100,000 submissions: several seconds in one task).
 */
export async function readRemoteResponse(
  response: Response,
  options: SliceOptions & { onItems?: ((items: readonly ResultItem[]) => void) | undefined } = {},
): Promise<RemoteAnswer> {
  const { signal, sliceMs = SLICE_MS, yieldFn = yieldToMain, now = () => performance.now(), onItems } = options;
  const splitter = new SubmissionsSplitter();
  const decoder = new TextDecoder();
  const reader = response.body?.getReader();
  const items: ResultItem[] = [];
  let [ignored, sliceStart, reported] = [0, now(), 0];
  /** Hands the items read since the last batch to `onItems` (at the end of each slice, and of the read). */
  const report = () => {
    if (!onItems || items.length === reported) return;
    const batch = items.slice(reported);
    reported = items.length;
    onItems(batch);
  };
  /** True once a slice has worked its time. */
  const due = () => now() - sliceStart >= sliceMs;
  /** Gives the thread back (the items read so far handed on first). */
  const pause = async () => {
    report();
    await yieldFn();
    signal?.throwIfAborted();
    sliceStart = now();
  };
  const take = async (text: string) => {
    for (let from = 0; from < text.length; from += PIECE) {
      if (due()) await pause(); // also between pieces: one submission may span several
      for (const entry of splitter.push(text.slice(from, from + PIECE))) {
        if (due()) await pause();
        const item = remoteItem(parsed(entry));
        if (item) items.push(item);
        else ignored++;
      }
    }
  };
  try {
    if (!reader) await take(await response.text());
    else
      for (let read = await reader.read(); ; read = await reader.read()) {
        if (read.done) {
          await take(decoder.decode());
          break;
        }
        // A chunk may hold megabytes (a fast line): decoded a piece at a time, with the slices between.
        for (let at = 0; at < read.value.length; at += PIECE) await take(decoder.decode(read.value.subarray(at, at + PIECE), { stream: true }));
      }
  } catch (error) {
    if (signal?.aborted || error instanceof RemoteFormatError) throw error;
    throw new RemoteUnavailableError(); // the connection dropped mid-answer
  }
  report();
  let end: ReturnType<SubmissionsSplitter['end']>;
  try {
    end = splitter.end();
  } catch {
    throw new RemoteFormatError();
  }
  const rest = end.rest as { submissions?: unknown } | null;
  if (typeof rest !== 'object' || rest === null || !Array.isArray(rest.submissions)) throw new RemoteFormatError();
  const { submissions: _none, ...parts } = remoteAnswerParts(rest);
  return { items, ignored: ignored + end.primitives, ...parts };
}

/** One submission's JSON text, parsed; a format error when it is not JSON. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RemoteFormatError();
  }
}

/** A self-check kept in the continuum check's history (a document with its full payload), as a result item. */
export function fromHistory(document: { key: string; value: unknown }): ResultItem | undefined {
  const saved = document.value as { id?: unknown; savedAt?: unknown; payload?: unknown };
  if (typeof saved?.savedAt !== 'string' || !saved.payload || typeof saved.payload !== 'object') return undefined;
  const envelope = {
    id: document.key,
    kind: 'self-check' as const,
    schemaVersion: 1 as const,
    createdAt: saved.savedAt,
    locale: 'fr',
    payload: saved.payload as Record<string, unknown>,
  };
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

/** Submissions read from this device's store at once (see LocalSource.list). */
export const LOCAL_PAGE = 1_000;

/** This browser's IndexedDB: submissions kept locally and the outbox's waiting and rejected items. */
export class LocalSource implements ResultsSource {
  readonly mode = 'local';
  readonly actions: readonly SeatAction[] = [];
  answers: ReadonlyMap<string, TeamAnswer> = new Map();
  constructor(private readonly store: LocalStore) {}

  /**
   * Reads the submissions kept here page by page (LOCAL_PAGE at a time: each page's copy out of
   * IndexedDB is a short task, where one getAll of 100,000 is one long task), then the outbox's
   * waiting and refused items and the continuum check's history; `onItems` gets each page.
   */
  async list(kind?: SubmissionKind, signal?: AbortSignal, onItems?: (items: readonly ResultItem[]) => void): Promise<ResultItem[]> {
    this.answers = await this.readAnswers();
    const items: ResultItem[] = [];
    const seen = new Set<string>();
    const add = (batch: ResultItem[]) => {
      for (const item of batch) seen.add(item.id);
      items.push(...batch);
      if (batch.length) onItems?.(batch);
    };
    for (let after: string | undefined, more = true; more;) {
      const page = await this.store.listSubmissionsPage(after, LOCAL_PAGE);
      signal?.throwIfAborted();
      add(page.filter((record) => !kind || record.kind === kind).map(fromStored));
      [after, more] = [page.at(-1)?.id, page.length === LOCAL_PAGE];
    }
    const [outbox, history] = await Promise.all([
      this.store.listOutbox(),
      // The team's self-checks are kept in the continuum check's history, not as submissions.
      !kind || kind === 'self-check' ? this.store.listDocuments(HISTORY_NAMESPACE) : Promise.resolve([]),
    ]);
    signal?.throwIfAborted();
    // A delivered item may linger in both the store and the outbox for an instant: the stored one stands.
    add(mergeLocal([], outbox, kind).filter((item) => !seen.has(item.id)));
    const selfChecks: ResultItem[] = [];
    for (const document of history) {
      const item = fromHistory(document);
      // Shared and still in the outbox (waiting or refused): that item already stands for it.
      const sharedAs = (document.value as { sharedAs?: unknown }).sharedAs;
      if (item && !seen.has(item.id) && !(typeof sharedAs === 'string' && seen.has(sharedAs))) selfChecks.push(item);
    }
    add(selfChecks);
    return items;
  }

  async saveAnswer(ideaId: string, answer: TeamAnswer): Promise<TeamAnswer> {
    await this.store.putDocument(TEAM_ANSWERS_NAMESPACE, ideaId, answer);
    this.answers = new Map(this.answers).set(ideaId, answer);
    return answer;
  }

  /** The answers kept on this device (unreadable ones left out; none when the store cannot be read). */
  private async readAnswers(): Promise<Map<string, TeamAnswer>> {
    const documents = await this.store.listDocuments<unknown>(TEAM_ANSWERS_NAMESPACE).catch(() => []);
    const answers = new Map<string, TeamAnswer>();
    for (const document of documents) {
      const checked = z.safeParse(teamAnswerSchema, document.value);
      if (checked.success) answers.set(document.key, checked.data);
    }
    return answers;
  }

  /**
   * Deletes items from this device, in the order given (personal data first: see retention.ts),
   * with the team's answers to deleted ideas.
   */
  async delete(items: Iterable<Pick<ResultItem, 'id' | 'origin'> & { kind?: SubmissionKind }>): Promise<number> {
    let count = 0;
    for (const item of items) {
      if (item.kind === 'idea') await this.store.deleteDocument(TEAM_ANSWERS_NAMESPACE, item.id);
      if (item.origin === 'stored') {
        await this.store.deleteSubmissions([item.id]);
        await this.store.deleteDocument(HISTORY_NAMESPACE, item.id);
      } else if (item.origin === 'pending' || item.origin === 'rejected') await this.store.deleteOutboxItem(item.id);
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
/** The endpoint has no such item (an idea deleted on the server meanwhile). */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}
/** The endpoint refused what was sent (HTTP 422), with its problems. */
export class RefusedError extends Error {
  override name = 'RefusedError';
  constructor(readonly problems: { path: string; message: string }[] = []) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; ') || 'invalid');
  }
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
  // A path on this site (`/wp-json/msp/v1`) is read against the page's address, as the other routes are.
  const url = new URL('submissions', new URL(base, document.baseURI));
  if (kind) url.searchParams.set('kind', kind);
  return url.href;
}

/** Where the collector serves the public "vous avez dit, nous avons fait" feed: `<source>/feed`. */
export function feedUrl(source: string): string {
  return new URL('feed', new URL(source.endsWith('/') ? source : `${source}/`, document.baseURI)).href;
}

/** Where the team's answer to an idea is saved: `<source>/ideas/<id>/answer`. */
export function answerUrl(source: string, ideaId: string): string {
  return new URL(`ideas/${encodeURIComponent(ideaId)}/answer`, new URL(source.endsWith('/') ? source : `${source}/`, document.baseURI)).href;
}

/** A team route on the source: `<source>/<path>` (ids encoded by the caller). */
export function teamUrl(source: string, path: string): string {
  return new URL(path, new URL(source.endsWith('/') ? source : `${source}/`, document.baseURI)).href;
}

/** What a seat change on the collector answers: who moved from the waiting list to a seat. */
export interface SeatChange {
  promoted: { id: string; seats: number }[];
}

/**
 * How the team proves who it is: the collector's read token (`Authorization: Bearer`, no cookie),
 * or a WordPress REST nonce (the logged-in cookie of the same site, with `X-WP-Nonce`).
 */
export type RemoteAuth = { token: string } | { nonce: string };

/** A request's options, headers as a plain object. */
export type RequestOptions = Omit<RequestInit, 'headers'> & { headers?: Record<string, string> };

/** The request options that carry the team's credentials, and only to the source. */
export function authorised(auth: RemoteAuth, init: RequestOptions = {}): RequestInit {
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
  if ('token' in auth) headers.Authorization = `Bearer ${auth.token}`;
  else headers['X-WP-Nonce'] = auth.nonce;
  return { ...init, headers, credentials: 'token' in auth ? 'omit' : 'same-origin', cache: 'no-store' };
}

/**
 * The collector's team API: reads `GET <source>/submissions?kind=…` (submissions, team actions,
 * idea answers) and saves answers with `PUT <source>/ideas/<id>/answer` (TEAM-API.md).
 */
export class RemoteSource implements ResultsSource {
  readonly mode = 'remote';
  /** Items the endpoint sent that were not envelopes, on the last read. */
  ignored = 0;
  actions: readonly SeatAction[] = [];
  answers: ReadonlyMap<string, TeamAnswer> = new Map();
  capacities: ReadonlyMap<string, number | null> = new Map();
  /** The events the team defined, as the collector gave them (a capacity change sends one back whole). */
  private definitions: ReadonlyMap<string, Record<string, unknown>> = new Map();

  constructor(
    private readonly source: string,
    private readonly auth: RemoteAuth,
    private readonly timeoutMs = 15_000,
  ) {}

  /** The public feed's address on this source. */
  get feedUrl(): string {
    return feedUrl(this.source);
  }

  /** `timeout`: what gives up on the server (by default `timeoutMs` for the whole request). */
  private async request(
    url: string,
    init: RequestOptions,
    signal?: AbortSignal,
    timeout: AbortSignal = AbortSignal.timeout(this.timeoutMs),
  ): Promise<Response> {
    try {
      return await fetch(url, authorised(this.auth, { ...init, signal: signal ? AbortSignal.any([signal, timeout]) : timeout }));
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new RemoteUnavailableError();
    }
  }

  /**
   * Reads the submissions. The timeout is for a server that stops answering, not for a long answer:
   * it runs until the answer starts, then again from each batch read (100,000 submissions on a slow
   * line take longer than `timeoutMs` and keep arriving).
   */
  async list(kind?: SubmissionKind, signal?: AbortSignal, onItems?: (items: readonly ResultItem[]) => void): Promise<ResultItem[]> {
    const stalled = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waitAgain = () => {
      clearTimeout(timer);
      timer = setTimeout(() => stalled.abort(new DOMException('The server stopped answering', 'TimeoutError')), this.timeoutMs);
    };
    waitAgain();
    try {
      const response = await this.request(readUrl(this.source, kind), {}, signal, stalled.signal);
      checkStatus(response);
      const ofKind = (batch: readonly ResultItem[]) => (kind ? batch.filter((item) => item.kind === kind) : batch);
      const progress = (batch: readonly ResultItem[]) => {
        waitAgain();
        onItems?.(ofKind(batch));
      };
      const { items, ignored, actions, answers, capacities, definitions } = await readRemoteResponse(response, { signal, onItems: progress });
      this.keep({ ignored, actions, answers, capacities, definitions });
      return ofKind(items) as ResultItem[];
    } finally {
      clearTimeout(timer);
    }
  }

  /** What a read said besides its items (kept for the team routes and the status). */
  private keep(read: Omit<RemoteAnswer, 'items'>): void {
    const { ignored, actions, answers, capacities, definitions } = read;
    this.definitions = definitions;
    this.ignored = ignored;
    this.actions = actions;
    this.answers = answers;
    this.capacities = capacities;
  }

  /** Cancels a signup (`POST /events/<id>/cancellations`): the first people waiting take the seats freed. */
  async cancelSignup(eventId: string, signupId: string): Promise<SeatChange> {
    const json = await this.post(`events/${encodeURIComponent(eventId)}/cancellations`, { signupId });
    return { promoted: promotedOf(json) };
  }

  /** Marks that the team told a promoted person (`POST /events/<id>/notified`). */
  async markNotified(eventId: string, signupId: string): Promise<void> {
    await this.post(`events/${encodeURIComponent(eventId)}/notified`, { signupId });
  }

  /**
   * Adds seats to an event the team defined (`PUT /events/<id>` with its definition, capacity raised):
   * the collector then promotes from the waiting list, in arrival order, and says who.
   */
  async addSeats(eventId: string, seats: number): Promise<SeatChange> {
    const definition = this.definitions.get(eventId);
    const capacity = this.capacities.get(eventId);
    if (!definition || typeof capacity !== 'number') throw new NotFoundError();
    const body = JSON.stringify({ ...definition, capacity: capacity + seats });
    const response = await this.request(teamUrl(this.source, `events/${encodeURIComponent(eventId)}`), {
      method: 'PUT',
      body,
      headers: { 'Content-Type': 'application/json' },
    });
    return { promoted: promotedOf(await this.checked(response)) };
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    const response = await this.request(teamUrl(this.source, path), {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    });
    return this.checked(response);
  }

  /** A team route's answer: 404 and 422 as their errors, the others as answerJson's. */
  private async checked(response: Response): Promise<unknown> {
    if (response.status === 404) throw new NotFoundError();
    if (response.status === 422) throw new RefusedError([]);
    return answerJson(response);
  }

  async saveAnswer(ideaId: string, answer: TeamAnswer): Promise<TeamAnswer> {
    const body = JSON.stringify({ status: answer.status, answer: answer.answer, publishText: answer.publishText });
    const response = await this.request(answerUrl(this.source, ideaId), { method: 'PUT', body, headers: { 'Content-Type': 'application/json' } });
    if (response.status === 404) throw new NotFoundError();
    if (response.status === 422) {
      const problems = (await response.json().catch(() => undefined)) as { problems?: unknown } | undefined;
      throw new RefusedError(Array.isArray(problems?.problems) ? (problems.problems as { path: string; message: string }[]) : []);
    }
    // The server's dates win (its day of the answer); what it does not say, ours.
    const kept = fromIdeaAnswer(await answerJson(response).catch(() => undefined))?.answer ?? answer;
    this.answers = new Map(this.answers).set(ideaId, kept);
    return kept;
  }
}

/** The errors above for an answer that is not a success. */
function checkStatus(response: Response): void {
  if (response.status === 401 || response.status === 403) throw new UnauthorizedError();
  if (!response.ok) throw new RemoteUnavailableError(response.status);
}

/** The JSON of a successful answer; the errors above for any other. */
async function answerJson(response: Response): Promise<unknown> {
  checkStatus(response);
  try {
    return await response.json();
  } catch {
    throw new RemoteFormatError();
  }
}
