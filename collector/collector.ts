import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as z from 'zod/mini';
import { anonymousKinds, localDay, type Envelope } from '../src/core/envelope.js';
import { envelopeSchema } from '../src/core/envelope-schema.js';
import type { ConfigProblem } from '../src/core/config.js';
import { checkConfig } from '../src/core/config-problems.js';
import { eventSchema, type EventItem } from '../src/contracts/event-signup.js';
import { decidedStatuses } from '../src/contracts/idea.js';
import { seatsAnswer } from '../src/contracts/seats.js';
import { openDatabase, type Database } from './db.js';
import { migrate } from './schema.js';
import { DEFAULT_SLUG, Store, type CollectedRecord, type Structure } from './store.js';
import { kindPayloads, type TeamAction } from './kinds.js';
import { canonicalJson } from './canonical.js';
import { importJsonLines } from './import-jsonl.js';

export type { CollectedRecord, TeamAction };

/** A fault the collector plays for tests and demos: what a real endpoint does on a bad day. */
export type Fault =
  | { mode: 'none' }
  /** answer `status` (500, 503, 408…) to the next `count` POSTs */
  | { mode: 'error'; status: number; count: number }
  /** answer 429 with Retry-After (seconds) to the next `count` POSTs */
  | { mode: 'throttle'; retryAfter: number; count: number }
  /** store, then wait `delayMs` before answering the next `count` POSTs (slower than the client's timeout) */
  | { mode: 'slow'; delayMs: number; count: number }
  /** the disk refuses the next `count` writes (ENOSPC): 500, and nothing kept or replayed */
  | { mode: 'disk-full'; count: number };

export interface CollectorOptions {
  /** Data folder: PGlite's database lives in `<dataDir>/pglite` (the default engine, no server). */
  dataDir?: string;
  /** PostgreSQL instead of PGlite (`postgres://user@host:port/db`). */
  databaseUrl?: string;
  /** A database already opened (benchmarks); the collector does not close it. */
  database?: Database;
  /**
   * Single-team mode (the default): one structure served at `/`. False for a federation: only the
   * structures' own routes under `/s/<slug>/`.
   */
  single?: boolean;
  /**
   * Single-team mode: the slug of the team's structure (`default`). Several collectors can share one
   * database with a slug each (the browser tests do: one PGlite, one structure per test).
   */
  slug?: string;
  /** Single-team mode: the read token (stored hashed). Without one, a token is made on first start only (`createdToken`). */
  readToken?: string;
  /** Single-team mode: origins allowed to POST and read across origins (CORS); same-origin callers need none. */
  allowedOrigins?: string[];
  /** Single-team mode: the team's name (in the public feed). */
  structureName?: string;
  /** Single-team mode: events the team defines in a config file read at start (capacity comes only from the team). */
  events?: EventItem[];
  /** Largest body accepted, bytes. */
  maxBodyBytes?: number;
  /** Service log (errors, never a token nor a request's content); stderr by default. */
  log?: (line: string) => void;
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const unauthorized: Answer = {
  status: 401,
  body: { error: 'unauthorized', message: 'Jeton manquant ou faux (en-tête Authorization: Bearer <jeton>)' },
  headers: { 'WWW-Authenticate': 'Bearer' },
};

const DAY_MS = 24 * 3600 * 1000;

/**
 * The reference endpoint: accepts envelopes checked by the widgets' own zod schemas, deduplicates on
 * Idempotency-Key, stores in PostgreSQL (embedded PGlite by default), and serves what it stored to
 * the team with a token. Request handling is one function so `npm start`, the CLI and the tests share it.
 */
export class Collector {
  /** The configured read token (single-team mode), or the one made on first start. */
  readToken: string | undefined;
  /** A token made by this start (none was configured nor stored): say it once, it is stored hashed only. */
  createdToken: string | undefined;
  /** Resolves once the database is open and migrated. */
  readonly ready: Promise<void>;
  /** Count of POSTs that reached the handler (tests read it to know a send is under way). */
  postsSeen = 0;
  private store!: Store;
  private database: Database | undefined;
  private single: Structure | undefined;
  private readonly maxBodyBytes: number;
  private readonly inFlight = new Set<string>();
  private fault: Fault = { mode: 'none' };
  private retentionTimer: NodeJS.Timeout | undefined;
  private readonly log: (line: string) => void;

  constructor(private readonly options: CollectorOptions) {
    this.readToken = options.readToken;
    this.maxBodyBytes = options.maxBodyBytes ?? 256 * 1024;
    this.log = options.log ?? ((line) => console.error(line));
    this.ready = this.open();
    this.ready.catch(() => {}); // reported by whoever awaits it (CollectorServer.up, the CLI)
  }

  private async open(): Promise<void> {
    const db = this.options.database ?? (await openDatabase(this.options));
    if (!this.options.database) this.database = db;
    await migrate(db);
    this.store = new Store(db);
    if (this.options.single !== false) {
      const structure = await this.store.saveStructure({
        slug: this.options.slug ?? DEFAULT_SLUG,
        ...(this.options.structureName ? { name: this.options.structureName } : {}),
        ...(this.options.allowedOrigins ? { origins: this.options.allowedOrigins } : {}),
      });
      this.single = structure;
      if (this.options.readToken) await this.store.setConfiguredToken(structure.id, this.options.readToken);
      else if ((await this.store.activeTokens(structure.id)) === 0) {
        this.createdToken = await this.store.issueToken(structure.id, 'créé au premier démarrage');
        this.readToken = this.createdToken;
      }
      // A team that ran the JSON-lines collector: its files are imported once, beside the new database.
      if (this.options.dataDir && existsSync(join(this.options.dataDir, 'submissions.jsonl'))) {
        const summary = await importJsonLines(this.store, structure.id, this.options.dataDir, { once: true });
        if (summary.torn.length > 0)
          this.log(
            `[collecteur] import JSON-lines : ${summary.torn.length} ligne(s) illisible(s) ignorée(s) (${summary.torn.map((t) => `${t.file}:${t.line}`).join(', ')})`,
          );
      }
      for (const event of this.options.events ?? []) {
        const defined = await this.store.defineEvent(structure.id, event);
        if (!defined.ok)
          this.log(`[collecteur] événement ${event.id} : capacité ${event.capacity} plus petite que les places déjà confirmées (${defined.taken}), ignorée`);
      }
    }
    await this.applyRetention();
    this.retentionTimer = setInterval(() => void this.applyRetention(), DAY_MS);
    this.retentionTimer.unref();
  }

  /** Retention (contacts first) of the team's structure, or of every structure in a federation; at start and daily. */
  async applyRetention(now = new Date()): Promise<void> {
    try {
      const structures = this.single ? [this.single] : await this.store.structures();
      for (const structure of structures) await this.store.applyRetention(structure.id, now);
    } catch (error) {
      this.log(`[collecteur] rétention : ${(error as Error).message}`);
    }
  }

  /** The storage behind this collector (admin commands, tests, benchmarks). */
  async storage(): Promise<Store> {
    await this.ready;
    return this.store;
  }

  setFault(fault: Fault): void {
    this.fault = fault;
  }

  /** What the single-team structure stored, in arrival order. */
  async records(): Promise<CollectedRecord[]> {
    await this.ready;
    return this.single ? this.store.records(this.single.id) : [];
  }

  async close(): Promise<void> {
    clearInterval(this.retentionTimer);
    await this.ready.catch(() => {});
    await this.database?.close();
  }

  /** Handles one request; answers every route, never throws, never shows internal error text. */
  readonly handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    let answer: Answer;
    let allowOrigin: string | undefined;
    try {
      await this.ready;
      const routed = await this.route(request);
      answer = routed.answer;
      allowOrigin = routed.allowOrigin;
    } catch (error) {
      this.log(`[collecteur] erreur interne : ${(error as Error)?.message ?? String(error)}`);
      answer = { status: 500, body: { error: 'internal', message: 'Erreur interne du collecteur ; réessayez plus tard.' } };
    }
    const headers: Record<string, string> = {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      Vary: 'Origin',
      ...answer.headers,
    };
    if (allowOrigin) {
      headers['Access-Control-Allow-Origin'] = allowOrigin;
      headers['Access-Control-Expose-Headers'] = 'Retry-After, Idempotent-Replayed, ETag';
    }
    if (!response.headersSent) {
      // With its length, the answer goes out in one write, without chunked framing.
      const body = answer.status === 204 || answer.status === 304 ? undefined : JSON.stringify(answer.body);
      if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
      response.writeHead(answer.status, headers);
      response.end(body);
    }
  };

  private async route(request: IncomingMessage): Promise<{ answer: Answer; allowOrigin?: string }> {
    const url = new URL(request.url ?? '/', 'http://collector.invalid');
    const method = request.method ?? 'GET';
    let path = url.pathname.replace(/\/+$/, '') || '/';
    let structure: Structure | undefined;
    const federated = /^\/s\/([^/]+)(\/.*)?$/.exec(path);
    if (federated) {
      structure = await this.store.structure(safeDecode(federated[1]!) ?? '');
      path = federated[2] ?? '/';
    } else {
      structure = this.single;
    }
    if (method === 'GET' && path === '/health' && (!federated || structure)) return { answer: await this.health() };
    if (!structure) return { answer: { status: 404, body: { error: 'not-found', message: 'Pas de structure à cette adresse' } } };

    // A browser always says where the page comes from: refuse what is not a listed origin (or not a URL at all).
    const origin = header(request, 'origin');
    let allowOrigin: string | undefined;
    if (origin !== undefined) {
      if (!this.originAllowed(structure, origin, request)) {
        return { answer: { status: 403, body: { error: 'origin', message: 'Origine non autorisée' } } };
      }
      allowOrigin = origin;
    }
    if (method === 'OPTIONS') {
      if (!allowOrigin) return { answer: { status: 403, body: { error: 'origin', message: 'Origine manquante' } } };
      return {
        allowOrigin,
        answer: {
          status: 204,
          body: undefined,
          headers: {
            'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
            'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Authorization, If-None-Match',
            'Access-Control-Max-Age': '600',
          },
        },
      };
    }
    return { answer: await this.dispatch(structure, method, path, url, request), ...(allowOrigin ? { allowOrigin } : {}) };
  }

  private originAllowed(structure: Structure, origin: string, request: IncomingMessage): boolean {
    // A team may list "null" on purpose (its widget runs in a sandboxed frame of a site builder).
    if (structure.origins.includes(origin)) return true;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return false; // "null" (sandboxed frames, file pages) and anything that is not a URL
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    if (structure.origins.includes(origin)) return true;
    return request.headers.host !== undefined && parsed.origin === origin && parsed.host === request.headers.host;
  }

  private async dispatch(structure: Structure, method: string, path: string, url: URL, request: IncomingMessage): Promise<Answer> {
    if (method === 'POST' && (path === '/submissions' || path === '/')) return this.accept(structure, request);
    if (method === 'GET' && path === '/feed') return this.feed(structure, request);
    if (method === 'GET' && path === '/events') return this.eventFeed(structure);
    const seatsOf = idIn(/^\/events\/([^/]+)\/seats$/, path);
    if (method === 'GET' && seatsOf !== undefined) return { status: 200, body: seatsAnswer(await this.store.seats(structure.id, seatsOf)) };

    // The team's routes: a token of this structure, with Bearer.
    const team = [
      method === 'GET' && path === '/submissions',
      /^\/events\/[^/]+$/.test(path) && (method === 'PUT' || method === 'DELETE'),
      /^\/events\/[^/]+\/(cancellations|notified)$/.test(path) && method === 'POST',
      /^\/ideas\/[^/]+\/answer$/.test(path) && method === 'PUT',
    ].some(Boolean);
    if (!team) return { status: 404, body: { error: 'not-found', message: `Pas de route ${method} ${path}` } };
    if (!(await this.authorized(structure, request))) return unauthorized;
    if (method === 'GET') return this.read(structure, url);

    let body: unknown;
    if (method !== 'DELETE') {
      const read = await readJsonBody(request, this.maxBodyBytes);
      if (read === 'too-large') return { status: 413, body: { error: 'too-large', message: `Corps de plus de ${this.maxBodyBytes} octets` } };
      if (read === 'malformed') return { status: 400, body: { error: 'malformed-json', message: 'JSON invalide' } };
      body = read.value;
    }
    const eventId = idIn(/^\/events\/([^/]+)(?:\/[^/]+)?$/, path);
    const ideaId = idIn(/^\/ideas\/([^/]+)\/answer$/, path);
    if (ideaId !== undefined) return this.answerIdea(structure, ideaId, body);
    if (eventId === undefined) return { status: 404, body: { error: 'not-found', message: 'Identifiant illisible' } };
    if (path.endsWith('/cancellations')) {
      const result = await this.store.cancel(structure.id, eventId, body);
      if (!result.ok) return { status: result.status, body: { error: result.error, message: result.message } };
      return {
        status: 200,
        body: {
          eventId,
          signupId: result.action.data.signupId,
          cancelled: true,
          alreadyCancelled: result.alreadyCancelled,
          promoted: result.promoted,
          seats: result.seats,
        },
      };
    }
    if (path.endsWith('/notified')) {
      const signupId = body && typeof body === 'object' ? (body as Record<string, unknown>).signupId : undefined;
      if (typeof signupId !== 'string' || signupId.length === 0 || signupId.length > 100) {
        return { status: 400, body: { error: 'invalid', message: 'Corps attendu : { "signupId": "<id de l’inscription>" }' } };
      }
      if (!(await this.store.markNotified(structure.id, eventId, signupId))) {
        return { status: 404, body: { error: 'not-found', message: `Aucune inscription ${signupId} pour l’événement ${eventId}` } };
      }
      return { status: 200, body: { eventId, signupId: signupId.toLowerCase(), notified: true } };
    }
    if (method === 'DELETE') {
      // Idempotent, as the contract says: an event already out of the feed (or never in it) answers 204 too.
      await this.store.withdrawEvent(structure.id, eventId);
      return { status: 204, body: undefined };
    }
    return this.defineEvent(structure, eventId, body);
  }

  private async authorized(structure: Structure, request: IncomingMessage): Promise<boolean> {
    const match = /^Bearer +(\S+) *$/i.exec(header(request, 'authorization') ?? '');
    return match ? this.store.tokenOpens(structure.id, match[1]!) : false;
  }

  private async health(): Promise<Answer> {
    try {
      await withTimeout(this.store.heartbeat(), 3000);
      return { status: 200, body: { ok: true } };
    } catch (error) {
      this.log(`[collecteur] santé : base non inscriptible (${(error as Error).message})`);
      return { status: 503, body: { ok: false } };
    }
  }

  private async accept(structure: Structure, request: IncomingMessage): Promise<Answer> {
    this.postsSeen++;
    const body = await readBody(request, this.maxBodyBytes);
    if (body === 'too-large') return { status: 413, body: { error: 'too-large', message: `Corps de plus de ${this.maxBodyBytes} octets` } };

    const fault = this.takeFault();
    if (fault?.mode === 'error') return { status: fault.status, body: { error: 'fault', message: `Panne simulée (${fault.status})` } };
    if (fault?.mode === 'throttle') {
      return { status: 429, body: { error: 'throttled' }, headers: { 'Retry-After': String(fault.retryAfter) } };
    }

    const parsed = parseSubmission(body, header(request, 'idempotency-key'));
    if ('answer' in parsed) return parsed.answer;
    const { envelope, key, bodyHash } = parsed;
    const flight = `${structure.id}:${key}`;
    if (this.inFlight.has(flight)) {
      return { status: 409, body: { error: 'in-progress', message: 'Envoi identique en cours' }, headers: { 'Retry-After': '1' } };
    }
    this.inFlight.add(flight);
    let stored: Answer;
    try {
      const now = new Date();
      const record: CollectedRecord = {
        key,
        bodyHash,
        status: 201,
        response: {},
        envelope,
        receivedAt: anonymousKinds.has(envelope.kind) ? localDay(now) : now.toISOString(),
      };
      let result;
      try {
        result = await this.store.accept(structure.id, record, {
          ...(fault?.mode === 'disk-full'
            ? {
                beforeCommit: () => {
                  throw Object.assign(new Error('ENOSPC: no space left on device (simulé)'), { code: 'ENOSPC' });
                },
              }
            : {}),
        });
      } catch (error) {
        this.log(`[collecteur] enregistrement impossible : ${(error as Error)?.message ?? String(error)}`);
        return { status: 500, body: { error: 'storage', message: 'Enregistrement impossible pour le moment ; réessayez plus tard.' } };
      }
      if (result.outcome === 'key-reused') {
        return { status: 422, body: { error: 'key-reused', message: 'Cette Idempotency-Key a déjà servi pour un autre contenu' } };
      }
      if (result.outcome === 'replay') return { status: result.status, body: result.response, headers: { 'Idempotent-Replayed': 'true' } };
      stored = { status: result.status, body: result.response };
    } finally {
      this.inFlight.delete(flight);
    }
    // The record is committed and no longer in flight: a client that gave up waiting and sends again
    // gets the stored answer replayed, as it would from a real server that is merely slow to answer.
    if (fault?.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    return stored;
  }

  private async read(structure: Structure, url: URL): Promise<Answer> {
    const kind = url.searchParams.get('kind');
    const [records, actions, answers, events] = await Promise.all([
      this.store.records(structure.id, kind),
      this.store.actions(structure.id),
      this.store.ideaAnswers(structure.id),
      this.store.eventDefinitions(structure.id),
    ]);
    const submissions = records.map((record) => ({ ...record.envelope, receivedAt: record.receivedAt }));
    return { status: 200, body: { submissions, actions, answers, events: events.map((entry) => entry.event) } };
  }

  private async answerIdea(structure: Structure, ideaId: string, body: unknown): Promise<Answer> {
    const checked = checkConfig(ideaAnswerSchema, body, 'config');
    if (!checked.ok) return { status: 422, body: { error: 'invalid', message: 'Réponse invalide', problems: withMessages(checked.problems) } };
    const { status, answer, publishText } = checked.value;
    if (decidedStatuses.has(status) && answer.trim() === '') {
      return {
        status: 422,
        body: {
          error: 'invalid',
          message: 'Une idée décidée porte toujours une réponse à la personne (HAS, fiche 1)',
          problems: [{ path: 'answer', message: 'une réponse à la personne, pour une idée retenue, non retenue ou réalisée' }],
        },
      };
    }
    const stored = await this.store.answerIdea(structure.id, ideaId, { status, answer, publishText });
    return stored ? { status: 200, body: stored } : { status: 404, body: { error: 'not-found', message: `Pas d’idée ${ideaId}` } };
  }

  private async defineEvent(structure: Structure, eventId: string, body: unknown): Promise<Answer> {
    const given = body && typeof body === 'object' && !Array.isArray(body) ? { id: eventId, ...(body as object) } : body;
    const checked = checkConfig(eventSchema, given, 'config');
    if (!checked.ok) return { status: 422, body: { error: 'invalid', message: 'Événement invalide', problems: withMessages(checked.problems) } };
    if (checked.value.id !== eventId) {
      return {
        status: 422,
        body: { error: 'invalid', message: 'L’id du corps diffère de celui de l’adresse', problems: [{ path: 'id', message: `attendu : ${eventId}` }] },
      };
    }
    const result = await this.store.defineEvent(structure.id, checked.value);
    if (!result.ok) {
      return {
        status: 409,
        body: { error: 'capacity-below-taken', message: `${result.taken} places sont déjà confirmées : annulez des inscriptions avant de réduire la capacité` },
      };
    }
    return { status: 200, body: { event: checked.value, promoted: result.promoted, seats: result.seats } };
  }

  /** "Vous avez dit, nous avons fait": answered ideas only, the text only where the team chose to publish it, never a contact. */
  private async feed(structure: Structure, request: IncomingMessage): Promise<Answer> {
    const rows = await this.store.answeredIdeas(structure.id);
    const themes = new Map<string, string>();
    for (const row of rows) if (row.theme && row.theme_label) themes.set(row.theme, row.theme_label);
    const updatedAt = rows
      .map((row) => row.answered_at)
      .sort()
      .at(-1);
    const feed = {
      version: 1,
      ...(updatedAt ? { updatedAt } : {}),
      structure: structure.name,
      themes: [...themes].map(([id, label]) => ({ id, label })),
      ideas: rows.map((row) => ({
        id: row.idea_id,
        theme: row.theme,
        date: row.day,
        status: row.status,
        ...(row.publish_text && row.text ? { text: row.text } : {}),
        ...(row.answer.trim() ? { answer: row.answer } : {}),
        answeredAt: row.answered_at,
      })),
    };
    return cachedJson(feed, request);
  }

  /** The team's events in the format `<msp-event-signup feed=…>` reads, each with its live seats left. */
  private async eventFeed(structure: Structure): Promise<Answer> {
    const definitions = await this.store.eventDefinitions(structure.id);
    const events = [];
    for (const { event, capacity } of definitions) {
      const left = capacity === null ? null : (await this.store.seats(structure.id, event.id)).left;
      events.push({ ...event, ...(left !== null ? { seatsLeft: Math.min(left, 1000) } : {}) });
    }
    return { status: 200, body: { version: 1, updatedAt: new Date().toISOString(), events } };
  }

  private takeFault(): Exclude<Fault, { mode: 'none' }> | undefined {
    const fault = this.fault;
    if (fault.mode === 'none') return undefined;
    fault.count--;
    if (fault.count <= 0) this.fault = { mode: 'none' };
    return fault;
  }
}

const ideaAnswerSchema = z.strictObject({
  status: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'un statut (a-z, 0-9, -)')),
  answer: z.string().check(z.maxLength(5000)),
  publishText: z.boolean(),
});

/** A JSON answer the browser and proxies may keep a minute, with an ETag for conditional reads. */
function cachedJson(body: unknown, request: IncomingMessage): Answer {
  const text = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  const headers = { ETag: etag, 'Cache-Control': 'public, max-age=60' };
  const ifNoneMatch = header(request, 'if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')) {
    return { status: 304, body: undefined, headers };
  }
  return { status: 200, body, headers };
}

/** A real calendar date (2026-02-30 is not), and for an instant a real time of day. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?Z)?$/.exec(value);
  if (!match) return false;
  const [year, month, day, hour = '0', minute = '0', second = '0'] = match.slice(1).map((part) => part ?? undefined) as string[];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    date.getUTCHours() === Number(hour) &&
    date.getUTCMinutes() === Number(minute) &&
    date.getUTCSeconds() === Number(second)
  );
}

/**
 * The envelope, then the payload of its kind, checked by the same schemas the widgets use. The
 * stored form: the id in lower case, and an anonymous kind's `createdAt` cut to the day.
 */
export function validateEnvelope(json: unknown): { ok: true; envelope: Envelope } | { ok: false; problems: unknown[] } {
  const envelope = checkConfig(envelopeSchema, json, 'config');
  if (!envelope.ok) return { ok: false, problems: withMessages(envelope.problems) };
  const value = envelope.value as Envelope;
  if (!isRealDate(value.createdAt))
    return { ok: false, problems: [{ path: 'createdAt', message: 'une date qui existe (AAAA-MM-JJ)', found: JSON.stringify(value.createdAt) }] };
  const payloadSchema = kindPayloads[value.kind];
  if (payloadSchema) {
    const payload = checkConfig(payloadSchema, value.payload, 'config', 'payload');
    if (!payload.ok) return { ok: false, problems: withMessages(payload.problems) };
  }
  const createdAt = anonymousKinds.has(value.kind) ? value.createdAt.slice(0, 10) : value.createdAt;
  return { ok: true, envelope: { ...value, id: value.id.toLowerCase(), createdAt } };
}

/** The contract's `{ path, message }`, keeping what the widgets' checker also says. */
function withMessages(problems: ConfigProblem[]): Array<{ path: string; message: string; found: string }> {
  return problems.map((problem) => ({ path: problem.path, message: problem.expected, found: problem.found }));
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function idIn(pattern: RegExp, path: string): string | undefined {
  const match = pattern.exec(path);
  return match ? safeDecode(match[1]!) : undefined;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`pas de réponse en ${ms} ms`)), ms);
    }),
  ]);
}

/** The JSON body of a team route: undefined when empty. */
async function readJsonBody(request: IncomingMessage, limit: number): Promise<{ value: unknown } | 'too-large' | 'malformed'> {
  const body = await readBody(request, limit);
  if (body === 'too-large') return body;
  if (body.length === 0) return { value: undefined };
  try {
    return { value: JSON.parse(body.toString('utf8')) };
  } catch {
    return 'malformed';
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) {
      request.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export interface ServerLimits {
  /** Open connections at most; more are refused at once (slow clients cannot starve the rest). */
  maxConnections?: number;
  /** Time to receive a request's headers, ms. */
  headersTimeout?: number;
  /** Time to receive a whole request, ms. */
  requestTimeout?: number;
}

/** A collector listening on a port, that tests can take down and bring back up on the same port. */
export class CollectorServer {
  private server: Server | undefined;
  port = 0;

  constructor(
    readonly collector: Collector,
    private readonly host = '127.0.0.1',
    private readonly limits: ServerLimits = {},
  ) {}

  get url(): string {
    return `http://${this.host.includes(':') ? `[${this.host}]` : this.host}:${this.port}`;
  }

  /** Starts listening once the database is ready (on the same port as before after a `down()`). */
  async up(port = this.port): Promise<void> {
    if (this.server) return;
    await this.collector.ready;
    const server = createServer(
      {
        headersTimeout: this.limits.headersTimeout ?? 10_000,
        requestTimeout: this.limits.requestTimeout ?? 30_000,
        keepAliveTimeout: 5_000,
        connectionsCheckingInterval: 1_000,
      },
      (request, response) => void this.collector.handle(request, response),
    );
    server.maxConnections = this.limits.maxConnections ?? 1024;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.host, () => resolve());
    });
    server.unref();
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and drops open connections: the browser sees "connection refused". */
  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export const faultSchema = z.union([
  z.object({ mode: z.literal('none') }),
  z.object({ mode: z.literal('error'), status: z.number(), count: z.number() }),
  z.object({ mode: z.literal('throttle'), retryAfter: z.number(), count: z.number() }),
  z.object({ mode: z.literal('slow'), delayMs: z.number(), count: z.number() }),
  z.object({ mode: z.literal('disk-full'), count: z.number() }),
]);

/**
 * The body as an envelope, its Idempotency-Key (lower case, equal to the id) and the hash that tells a
 * replay from another body under the same key; or the 400/422 answer that refuses it.
 */
function parseSubmission(body: Buffer, keyHeader: string | undefined): { envelope: Envelope; key: string; bodyHash: string } | { answer: Answer } {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (error) {
    return { answer: { status: 400, body: { error: 'malformed-json', message: `JSON invalide : ${(error as Error).message}` } } };
  }
  const checked = validateEnvelope(json);
  if (!checked.ok) return { answer: { status: 422, body: { error: 'invalid', message: 'Enveloppe invalide', problems: checked.problems } } };
  const envelope = checked.envelope;
  const key = (keyHeader ?? envelope.id).toLowerCase();
  if (key !== envelope.id) {
    return { answer: { status: 422, body: { error: 'key-mismatch', message: 'Idempotency-Key doit être égal à l’id de l’enveloppe' } } };
  }
  // The same content is the same JSON, whatever its spacing or key order (and the id's case).
  const bodyHash = createHash('sha256')
    .update(canonicalJson({ ...(json as object), id: key }))
    .digest('hex');
  return { envelope, key, bodyHash };
}
