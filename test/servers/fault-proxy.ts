// A fault-injecting HTTP proxy in front of a real collector, for the outbox's delivery tests.
//
// It knows nothing of the collector's insides: it forwards what it lets through and answers the rest
// itself, as a broken network, a redirecting host, a Wi-Fi portal or an overloaded server would.
// Preflights (OPTIONS) and reads (GET) always pass, so the browser's CORS checks are the collector's
// own; only POSTs meet faults. A random plan draws from a seeded generator: the sequence of faults is
// fixed by the seed (which request meets which depends on arrival order, as on a real network).
import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom } from './seeded-random.js';

export { seededRandom };

/** What the proxy can do to one POST. */
export const faultKinds = [
  /** forwarded, answered as the collector answered */
  'pass',
  /** the connection is cut before anything is forwarded */
  'drop',
  /** forwarded (the collector stores it), then the connection is cut: the answer is lost */
  'drop-after',
  'error-500',
  'error-503',
  /** 429 with Retry-After */
  'throttle',
  /** forwarded, then answered later than the client waits */
  'slow',
  /** a 302 to a portal page, never forwarded */
  'redirect',
  /** 200 with an HTML page (a captive portal), never forwarded */
  'html',
] as const;
export type FaultKind = (typeof faultKinds)[number];

export type ProxyPlan =
  /** every POST forwarded */
  | { mode: 'pass' }
  /** every POST answered with this redirect */
  | { mode: 'redirect'; status: 301 | 302 | 303 | 307 | 308 }
  /** every POST answered 200 with an HTML page */
  | { mode: 'html' }
  /** every POST answered with this status (401, 403, 404…), with an HTML or JSON body */
  | { mode: 'status'; status: number }
  /** each POST meets a fault drawn from `weights` (relative; missing kinds never happen) */
  | { mode: 'random'; seed: number; weights: Partial<Record<FaultKind, number>>; slowMs?: number; retryAfterSeconds?: number };

export interface ProxyStats {
  /** POSTs received. */
  posts: number;
  /** POSTs by what was done to them. */
  faults: Record<FaultKind, number>;
  /** The most POSTs open at once (the client's parallelism, as seen from the network). */
  maxInFlight: number;
  /** POSTs forwarded to the collector, and the time it took to answer them, in all (ms). */
  forwarded: number;
  upstreamMs: number;
}

/** Picks a fault by weight. */
export function drawFault(weights: Partial<Record<FaultKind, number>>, random: () => number): FaultKind {
  const entries = faultKinds.map((kind) => [kind, Math.max(0, weights[kind] ?? 0)] as const).filter(([, w]) => w > 0);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  if (total === 0) return 'pass';
  let r = random() * total;
  for (const [kind, weight] of entries) {
    if (r < weight) return kind;
    r -= weight;
  }
  return entries[entries.length - 1]![0];
}

const portalPage =
  '<!doctype html><html lang="fr"><head><title>Wi-Fi de la salle d’attente</title></head><body><p>Acceptez les conditions pour accéder à Internet.</p></body></html>';

export class FaultProxy {
  private server: Server | undefined;
  private plan: ProxyPlan = { mode: 'pass' };
  private random: () => number = Math.random;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  readonly stats: ProxyStats = {
    posts: 0,
    faults: Object.fromEntries(faultKinds.map((k) => [k, 0])) as Record<FaultKind, number>,
    maxInFlight: 0,
    forwarded: 0,
    upstreamMs: 0,
  };
  private inFlight = 0;
  port = 0;

  /** `target`: the collector's base URL (http://127.0.0.1:port). */
  constructor(readonly target: string) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  setPlan(plan: ProxyPlan): void {
    this.plan = plan;
    if (plan.mode === 'random') this.random = seededRandom(plan.seed);
  }

  async start(): Promise<void> {
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    server.unref();
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private faultFor(): FaultKind {
    switch (this.plan.mode) {
      case 'pass':
        return 'pass';
      case 'redirect':
        return 'redirect';
      case 'html':
        return 'html';
      case 'status':
        return 'pass'; // answered before, with the plan's own status
      case 'random':
        return drawFault(this.plan.weights, this.random);
    }
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method === 'POST') {
      this.stats.maxInFlight = Math.max(this.stats.maxInFlight, ++this.inFlight);
      // 'close' comes once the answer is sent or the connection is gone, whichever comes first.
      response.once('close', () => this.inFlight--);
    }
    const body = await readBody(request);
    if (request.url?.startsWith('/portal')) return void answer(request, response, 200, portalPage, 'text/html; charset=utf-8');
    if (request.method !== 'POST') return void this.pass(request, body, response);
    this.stats.posts++;
    const plan = this.plan;
    if (plan.mode === 'status') {
      // A 404 from a web server is an HTML page; a 401/403 from an API is JSON.
      const html = plan.status === 404;
      return void answer(
        request,
        response,
        plan.status,
        html ? '<!doctype html><title>Introuvable</title>' : JSON.stringify({ error: 'refused' }),
        html ? 'text/html' : 'application/json',
      );
    }
    const fault = this.faultFor();
    this.stats.faults[fault]++;
    switch (fault) {
      case 'pass':
        return void this.pass(request, body, response);
      case 'drop':
        request.socket.destroy();
        return;
      case 'drop-after':
        await this.pass(request, body, undefined);
        request.socket.destroy();
        return;
      case 'error-500':
        return void answer(request, response, 500, JSON.stringify({ error: 'injected' }), 'application/json');
      case 'error-503':
        return void answer(request, response, 503, 'Service Unavailable', 'text/plain');
      case 'throttle':
        return void answer(request, response, 429, JSON.stringify({ error: 'slow down' }), 'application/json', {
          'Retry-After': String(plan.mode === 'random' ? (plan.retryAfterSeconds ?? 1) : 1),
        });
      case 'slow': {
        const upstream = await this.pass(request, body, undefined);
        const delay = plan.mode === 'random' ? (plan.slowMs ?? 1000) : 1000;
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          if (upstream && !response.destroyed) replay(response, upstream);
        }, delay);
        this.timers.add(timer);
        return;
      }
      case 'redirect': {
        const status = plan.mode === 'redirect' ? plan.status : 302;
        return void answer(request, response, status, '', 'text/plain', { Location: `${this.url}/portal` });
      }
      case 'html':
        return void answer(request, response, 200, portalPage, 'text/html; charset=utf-8');
    }
  }

  /** Forwards to the collector; answers `response` when given, and resolves to what the collector said. */
  private pass(request: IncomingMessage, body: Buffer, response: ServerResponse | undefined): Promise<Upstream | undefined> {
    const target = new URL(request.url ?? '/', this.target);
    const started = performance.now();
    const post = request.method === 'POST';
    return new Promise((resolve) => {
      const headers = { ...request.headers, host: target.host };
      const upstream = forward(target, { method: request.method, headers }, (reply) => {
        void readBody(reply).then((replyBody) => {
          const result: Upstream = { status: reply.statusCode ?? 502, headers: reply.headers, body: replyBody };
          if (post) {
            this.stats.forwarded++;
            this.stats.upstreamMs += performance.now() - started;
          }
          if (response && !response.destroyed) replay(response, result);
          resolve(result);
        });
      });
      upstream.on('error', () => {
        if (response && !response.destroyed) response.socket?.destroy();
        resolve(undefined);
      });
      upstream.end(body);
    });
  }
}

interface Upstream {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

function replay(response: ServerResponse, upstream: Upstream): void {
  const headers = { ...upstream.headers };
  delete headers['transfer-encoding'];
  delete headers.connection;
  headers['content-length'] = String(upstream.body.length);
  response.writeHead(upstream.status, headers);
  response.end(upstream.body);
}

/** An answer of the proxy's own, readable by the page (CORS headers as a real endpoint would send). */
function answer(request: IncomingMessage, response: ServerResponse, status: number, body: string, type: string, extra: Record<string, string> = {}): void {
  const origin = request.headers.origin;
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    ...(origin ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' } : {}),
    ...extra,
  });
  response.end(body);
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', () => resolve(Buffer.concat(chunks)));
  });
}
