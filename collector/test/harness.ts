// Shared by the collector's Node tests: both engines, a collector per test, plain HTTP calls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEnvelope, type Envelope } from '../../src/core/envelope.js';
import type { EventSignupPayload } from '../../src/contracts/event-signup.js';
import { Collector, CollectorServer, type CollectorOptions, type ServerLimits } from '../collector.js';
import { freshDatabase, startPostgres, type TestPostgres } from './postgres.js';
import { openPglite, openPostgres, type Database } from '../db.js';

export const TOKEN = 'jeton-de-test-0123456789';

export interface Engine {
  name: 'pglite' | 'postgres';
  /**
   * Where a new collector keeps its data: by default a structure of its own (a new slug) in the
   * engine's shared database, as a federation would; `own` gives it a database of its own (a test
   * that breaks or restarts the database).
   */
  where(options?: { own?: boolean }): Promise<Pick<CollectorOptions, 'dataDir' | 'databaseUrl' | 'database' | 'slug'>>;
  pg?: TestPostgres;
  cleanup(): Promise<void>;
}

let databases = 0;
let slugs = 0;

export async function pgliteEngine(): Promise<Engine> {
  const dirs: string[] = [];
  const folder = () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'msp-collector-test-'));
    dirs.push(dataDir);
    return dataDir;
  };
  let shared: Promise<Database> | undefined;
  return {
    name: 'pglite',
    async where(options = {}) {
      if (options.own) return { dataDir: folder() };
      shared ??= openPglite(join(folder(), 'pglite'));
      return { database: await shared, slug: `t${++slugs}` };
    },
    async cleanup() {
      await (await shared)?.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postgresEngine(): Promise<Engine> {
  const pg = await startPostgres();
  let shared: Promise<Database> | undefined;
  return {
    name: 'postgres',
    pg,
    async where(options = {}) {
      const databaseUrl = await freshDatabase(pg, `t${process.pid}_${++databases}`);
      if (options.own) return { databaseUrl };
      shared ??= openPostgres(databaseUrl);
      return { database: await shared, slug: `t${++slugs}` };
    },
    async cleanup() {
      await (await shared)?.close().catch(() => {});
      pg.destroy();
    },
  };
}

export interface Running {
  server: CollectorServer;
  collector: Collector;
  url: string;
  stop(): Promise<void>;
}

export async function startCollector(engine: Engine, options: Partial<CollectorOptions> & { own?: boolean } = {}, limits: ServerLimits = {}): Promise<Running> {
  const { own, ...rest } = options;
  options = rest;
  const collector = new Collector({
    ...(await engine.where({ own: own ?? false })),
    readToken: TOKEN,
    allowedOrigins: ['https://www.msp-exemple.fr'],
    log: () => {},
    ...options,
  });
  const server = new CollectorServer(collector, '127.0.0.1', limits);
  await server.up();
  return {
    server,
    collector,
    url: server.url,
    async stop() {
      await server.down();
      await collector.close();
    },
  };
}

export function idea(text = 'Plus de lumière dans la salle d’attente', participation = false): Envelope {
  return createEnvelope(
    'idea',
    {
      theme: 'accueil',
      themeLabel: 'Accueil',
      text,
      ...(participation ? { participation: { contact: '06 12 34 56 78', consent: true, consentText: 'J’accepte d’être recontacté·e.' } } : {}),
    },
    { locale: 'fr' },
  );
}

export function signup(eventId: string, seats = 1, name = 'Camille', options: { capacity?: number; end?: string } = {}): Envelope {
  const payload: EventSignupPayload = {
    eventId,
    eventTitle: 'Atelier équilibre alimentaire',
    eventKind: 'atelier',
    eventStart: '2027-03-04T14:00:00+01:00',
    eventEnd: options.end ?? '2027-03-04T16:00:00+01:00',
    ...(options.capacity ? { capacity: options.capacity } : {}),
    name,
    contact: { channel: 'phone', value: '06 12 34 56 78' },
    seats,
  };
  return createEnvelope('event-signup', payload, { locale: 'fr' });
}

export function eventDefinition(id: string, capacity?: number) {
  return {
    id,
    title: 'Atelier équilibre alimentaire',
    kind: 'atelier',
    start: '2027-03-04T14:00',
    end: '2027-03-04T16:00',
    place: { name: 'Salle de réunion' },
    objectives: ['Cuisiner simple et équilibré'],
    ...(capacity ? { capacity } : {}),
  };
}

export async function post(
  base: string,
  envelope: Envelope | string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const body = typeof envelope === 'string' ? envelope : JSON.stringify(envelope);
  const key = typeof envelope === 'string' ? undefined : envelope.id;
  const response = await fetch(`${base}/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/** A team call with the token (or the one given). */
export async function team(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token: string | null = TOKEN,
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/** POSTs until the collector says 201 (first time or replay), as a widget's outbox does; gives the answers seen. */
export async function postUntilStored(
  base: () => string,
  envelope: Envelope,
  deadline = Date.now() + 60_000,
): Promise<{ status: number; body: any; replayed: boolean }> {
  for (;;) {
    try {
      const answer = await post(base(), envelope);
      if (answer.status === 201) return { status: 201, body: answer.body, replayed: answer.headers.get('Idempotent-Replayed') === 'true' };
      if (answer.status !== 409 && answer.status < 500) throw new Error(`answer ${answer.status} ${JSON.stringify(answer.body)}`);
    } catch (error) {
      if ((error as Error).message.startsWith('answer ')) throw error;
      // connection refused or cut: the collector is down; try again
    }
    if (Date.now() > deadline) throw new Error(`not stored in time: ${envelope.id}`);
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
  }
}

/** Runs `work` on every item, `concurrency` at a time. */
export async function pool<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}
