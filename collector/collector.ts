import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as z from 'zod/mini';
import { anonymousKinds, envelopeSchema, localDay, type Envelope } from '../src/core/envelope.js';
import { checkConfig } from '../src/core/config.js';
import { JsonLinesFile, RecordFile, type CollectedRecord } from './store.js';
import { kindRules, type RuleContext, type TeamAction } from './kinds.js';

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
  /** Folder of the record file. */
  dataDir: string;
  /** Bearer token for reading; a random one is made (and printed by the CLI) when none is given. */
  readToken?: string;
  /** Origins allowed to POST and read across origins (CORS); same-origin callers need none. */
  allowedOrigins?: string[];
  /** Largest body accepted, bytes. */
  maxBodyBytes?: number;
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * The reference endpoint: accepts envelopes checked by the widgets' own zod schemas, deduplicates on
 * Idempotency-Key, stores durably, and serves what it stored to the team with a token.
 * Request handling is one function so `npm start`, the CLI and the tests share it.
 */
export class Collector {
  readonly readToken: string;
  private readonly file: RecordFile;
  private readonly actions: JsonLinesFile<TeamAction>;
  private readonly allowedOrigins: Set<string>;
  private readonly maxBodyBytes: number;
  private readonly inFlight = new Set<string>();
  private fault: Fault = { mode: 'none' };
  /** Count of POSTs that reached the handler (tests read it to know a send is under way). */
  postsSeen = 0;

  constructor(options: CollectorOptions) {
    this.file = new RecordFile(options.dataDir);
    this.actions = new JsonLinesFile<TeamAction>(options.dataDir, 'actions.jsonl');
    this.readToken = options.readToken ?? randomBytes(18).toString('base64url');
    this.allowedOrigins = new Set(options.allowedOrigins ?? []);
    this.maxBodyBytes = options.maxBodyBytes ?? 256 * 1024;
  }

  setFault(fault: Fault): void {
    this.fault = fault;
  }

  records(): CollectedRecord[] {
    return this.file.all();
  }

  async close(): Promise<void> {
    await Promise.all([this.file.close(), this.actions.close()]);
  }

  /** Handles one request; answers every route, never throws. */
  readonly handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    let answer: Answer;
    try {
      answer = await this.route(request);
    } catch (error) {
      answer = { status: 500, body: { error: 'internal', message: String(error) } };
    }
    const origin = request.headers.origin;
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Vary: 'Origin', ...answer.headers };
    if (origin && this.allowedOrigins.has(origin)) {
      headers['Access-Control-Allow-Origin'] = origin;
      headers['Access-Control-Expose-Headers'] = 'Retry-After, Idempotent-Replayed';
    }
    if (!response.headersSent) {
      response.writeHead(answer.status, headers);
      response.end(answer.status === 204 ? undefined : JSON.stringify(answer.body));
    }
  };

  private async route(request: IncomingMessage): Promise<Answer> {
    const url = new URL(request.url ?? '/', 'http://collector.invalid');
    const origin = request.headers.origin;
    if (request.method === 'OPTIONS') return this.preflight(origin, request);
    if (origin && !this.allowedOrigins.has(origin) && !this.isSameOrigin(request, origin)) {
      return { status: 403, body: { error: 'origin', message: `Origine non autorisée : ${origin}` } };
    }
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (request.method === 'POST' && (path === '/submissions' || path === '/')) return this.accept(request);
    if (request.method === 'GET' && path === '/health') return { status: 200, body: { ok: true } };
    if (request.method === 'GET' && path === '/submissions') return this.read(request, url);
    const context: RuleContext = {
      authorized: this.isAuthorized(request),
      body: request.method === 'POST' ? await readJsonBody(request, this.maxBodyBytes) : undefined,
      actions: this.actions.all(),
    };
    for (const rule of Object.values(kindRules)) {
      const answer = rule.route?.(request.method ?? 'GET', path, url, this.records(), context);
      if (!answer) continue;
      // A team action is on disk before anyone is told it was done.
      for (const action of answer.store ?? []) await this.actions.append(action);
      return { status: answer.status, body: answer.body, ...(answer.headers ? { headers: answer.headers } : {}) };
    }
    return { status: 404, body: { error: 'not-found', message: `Pas de route ${request.method} ${path}` } };
  }

  private isSameOrigin(request: IncomingMessage, origin: string): boolean {
    return request.headers.host !== undefined && new URL(origin).host === request.headers.host;
  }

  private preflight(origin: string | undefined, request: IncomingMessage): Answer {
    if (!origin || (!this.allowedOrigins.has(origin) && !this.isSameOrigin(request, origin))) {
      return { status: 403, body: { error: 'origin' } };
    }
    return {
      status: 204,
      body: undefined,
      headers: {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Authorization',
        'Access-Control-Max-Age': '600',
      },
    };
  }

  private async accept(request: IncomingMessage): Promise<Answer> {
    this.postsSeen++;
    const body = await readBody(request, this.maxBodyBytes);
    if (body === 'too-large') return { status: 413, body: { error: 'too-large', message: `Corps de plus de ${this.maxBodyBytes} octets` } };

    const fault = this.takeFault();
    if (fault?.mode === 'error') return { status: fault.status, body: { error: 'fault', message: `Panne simulée (${fault.status})` } };
    if (fault?.mode === 'throttle') {
      return { status: 429, body: { error: 'throttled' }, headers: { 'Retry-After': String(fault.retryAfter) } };
    }

    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (error) {
      return { status: 400, body: { error: 'malformed-json', message: `JSON invalide : ${(error as Error).message}` } };
    }
    const checked = validateEnvelope(json);
    if (!checked.ok) return { status: 422, body: { error: 'invalid', message: 'Enveloppe invalide', problems: checked.problems } };
    const envelope = checked.envelope;

    const key = header(request, 'idempotency-key') ?? envelope.id;
    if (key !== envelope.id) {
      return { status: 422, body: { error: 'key-mismatch', message: 'Idempotency-Key doit être égal à l’id de l’enveloppe' } };
    }
    const bodyHash = createHash('sha256').update(body).digest('hex');
    const existing = this.file.get(key);
    if (existing) {
      if (existing.bodyHash !== bodyHash) {
        return { status: 422, body: { error: 'key-reused', message: 'Cette Idempotency-Key a déjà servi pour un autre contenu' } };
      }
      return { status: existing.status, body: existing.response, headers: { 'Idempotent-Replayed': 'true' } };
    }
    if (this.inFlight.has(key)) {
      return { status: 409, body: { error: 'in-progress', message: 'Envoi identique en cours' }, headers: { 'Retry-After': '1' } };
    }
    this.inFlight.add(key);
    try {
      const extra = kindRules[envelope.kind]?.accept?.(envelope, this.records(), this.actions.all()) ?? {};
      const now = new Date().toISOString();
      const record: CollectedRecord = {
        key,
        bodyHash,
        status: 201,
        response: { id: envelope.id, stored: true, ...extra },
        envelope,
        receivedAt: anonymousKinds.has(envelope.kind) ? localDay(new Date(now)) : now,
      };
      try {
        await this.file.append(record, fault?.mode === 'disk-full' ? { failWith: Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }) } : {});
      } catch (error) {
        return { status: 500, body: { error: 'storage', message: `Enregistrement impossible : ${(error as Error).message}` } };
      }
      if (fault?.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      return { status: record.status, body: record.response };
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** The request carries the read token (compared in constant time). */
  private isAuthorized(request: IncomingMessage): boolean {
    const given = (header(request, 'authorization') ?? '').replace(/^Bearer\s+/i, '');
    const expected = Buffer.from(this.readToken);
    const actual = Buffer.from(given);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }

  private read(request: IncomingMessage, url: URL): Answer {
    if (!this.isAuthorized(request)) {
      return { status: 401, body: { error: 'unauthorized', message: 'Jeton de lecture manquant ou faux' }, headers: { 'WWW-Authenticate': 'Bearer' } };
    }
    const kind = url.searchParams.get('kind');
    const submissions = this.records()
      .filter((record) => !kind || record.envelope.kind === kind)
      .map((record) => ({ ...record.envelope, receivedAt: record.receivedAt }));
    // The team's actions (cancelled signups: ids only) so a results view sees the places the collector gives.
    return { status: 200, body: { submissions, actions: this.actions.all() } };
  }

  private takeFault(): Exclude<Fault, { mode: 'none' }> | undefined {
    const fault = this.fault;
    if (fault.mode === 'none') return undefined;
    fault.count--;
    if (fault.count <= 0) this.fault = { mode: 'none' };
    return fault;
  }
}

/** The envelope, then the payload of its kind, checked by the same schemas the widgets use. */
export function validateEnvelope(json: unknown): { ok: true; envelope: Envelope } | { ok: false; problems: unknown[] } {
  const envelope = checkConfig(envelopeSchema, json, 'config');
  if (!envelope.ok) return { ok: false, problems: envelope.problems };
  const payloadSchema = kindRules[envelope.value.kind]?.payload;
  if (payloadSchema) {
    const payload = checkConfig(payloadSchema, envelope.value.payload, 'config', 'payload');
    if (!payload.ok) return { ok: false, problems: payload.problems };
  }
  return { ok: true, envelope: envelope.value as Envelope };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The JSON body of a rule's POST, or undefined when it is empty, too large or not JSON. */
async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const body = await readBody(request, limit);
  if (body === 'too-large' || body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
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

/** A collector listening on a port, that tests can take down and bring back up on the same port. */
export class CollectorServer {
  private server: Server | undefined;
  port = 0;

  constructor(
    readonly collector: Collector,
    private readonly host = '127.0.0.1',
  ) {}

  get url(): string {
    return `http://${this.host.includes(':') ? `[${this.host}]` : this.host}:${this.port}`;
  }

  /** Starts listening (on the same port as before after a `down()`). */
  async up(port = this.port): Promise<void> {
    if (this.server) return;
    const server = createServer((request, response) => void this.collector.handle(request, response));
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
