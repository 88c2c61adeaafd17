// The collector's figures, printed by `npm run bench` (never asserted): POSTs per second with p50/p99
// on loopback for PGlite and PostgreSQL (sequential, then 20 clients at once), signups with seat
// allocation (row lock per event), and the read API with 100,000 stored submissions.
// Bounded: every load stops at its count or its time limit, whichever comes first.
// The load generator runs in the same process as the collector (and PGlite's engine): on 2 cores,
// the figures are a floor, not a ceiling. PostgreSQL is a throwaway cluster started here (Debian's
// package); without it, only PGlite is measured.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Collector, CollectorServer } from '../collector/collector.js';
import { createEnvelope, type Envelope } from '../src/core/envelope.js';
import { freshDatabase, startPostgres, type TestPostgres } from '../collector/test/postgres.js';

const TOKEN = 'jeton-de-bench-0123456789';

interface Load {
  count: number;
  seconds: number;
  concurrency: number;
}

function call(agent: Agent, url: URL, method: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; size: number }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, agent, headers: { ...(body ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } : {}), ...headers } },
      (res) => {
        let size = 0;
        res.on('data', (chunk: Buffer) => (size += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, size }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** POSTs `make(i)` envelopes; gives requests per second and latency percentiles. */
async function postLoad(base: string, load: Load, make: (i: number) => Envelope): Promise<{ done: number; perSecond: number; p50: number; p99: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: load.concurrency });
  const url = new URL(`${base}/submissions`);
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  const until = start + load.seconds * 1000;
  await Promise.all(
    Array.from({ length: load.concurrency }, async () => {
      while (next < load.count && performance.now() < until) {
        const envelope = make(next++);
        const began = performance.now();
        const answer = await call(agent, url, 'POST', JSON.stringify(envelope), { 'Idempotency-Key': envelope.id });
        if (answer.status !== 201) throw new Error(`collector answered ${answer.status}`);
        latencies.push(performance.now() - began);
      }
    }),
  );
  const elapsed = performance.now() - start;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { done: latencies.length, perSecond: (latencies.length / elapsed) * 1000, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function getTimes(base: string, path: string, runs: number): Promise<{ p50: number; size: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    const answer = await call(agent, new URL(`${base}${path}`), 'GET', undefined, { Authorization: `Bearer ${TOKEN}` });
    if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status}`);
    times.push(performance.now() - began);
    size = answer.size;
  }
  agent.destroy();
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), size };
}

const ideaOf = (i: number) =>
  createEnvelope('idea', { theme: 'accueil', themeLabel: 'Accueil', text: `Idée n° ${i} : plus de chaises dans la salle d’attente, merci.` }, { locale: 'fr' });
const signupOf = (eventId: string, i: number) =>
  createEnvelope(
    'event-signup',
    {
      eventId,
      eventTitle: 'Atelier',
      eventKind: 'atelier',
      eventStart: '2027-03-04T14:00:00+01:00',
      eventEnd: '2027-03-04T16:00:00+01:00',
      name: `Personne ${i}`,
      contact: { channel: 'phone', value: '06 12 34 56 78' },
      seats: 1,
    },
    { locale: 'fr' },
  );

const line = (label: string, figures: { done: number; perSecond: number; p50: number; p99: number }) =>
  console.log(
    `${label.padEnd(58)} ${figures.perSecond.toFixed(0).padStart(6)} req/s  p50 ${figures.p50.toFixed(1).padStart(6)} ms  p99 ${figures.p99.toFixed(1).padStart(6)} ms  (${figures.done} POSTs)`,
  );

async function benchEngine(name: string, where: { dataDir?: string; databaseUrl?: string }): Promise<void> {
  const collector = new Collector({ ...where, readToken: TOKEN, log: () => {} });
  const server = new CollectorServer(collector);
  const opening = performance.now();
  await server.up();
  console.log(`${`${name}: open + migrate`.padEnd(58)} ${(performance.now() - opening).toFixed(0).padStart(6)} ms`);
  const base = server.url;
  line(`${name}: ideas, 1 client (sequential)`, await postLoad(base, { count: 1000, seconds: 10, concurrency: 1 }, ideaOf));
  line(`${name}: ideas, 20 clients`, await postLoad(base, { count: 4000, seconds: 15, concurrency: 20 }, ideaOf));

  // Signups with seat allocation: 10 events of 50 seats, 20 clients; every signup locks its event's row.
  const team = new Agent({ keepAlive: true, maxSockets: 1 });
  for (let e = 0; e < 10; e++) {
    const definition = {
      id: `atelier-${e}`,
      title: 'Atelier',
      kind: 'atelier',
      start: '2027-03-04T14:00',
      end: '2027-03-04T16:00',
      place: { name: 'Salle' },
      objectives: ['Mesurer'],
      capacity: 50,
    };
    await call(team, new URL(`${base}/events/atelier-${e}`), 'PUT', JSON.stringify(definition), { Authorization: `Bearer ${TOKEN}` });
  }
  team.destroy();
  line(
    `${name}: signups with seats, 10 events, 20 clients`,
    await postLoad(base, { count: 1000, seconds: 20, concurrency: 20 }, (i) => signupOf(`atelier-${i % 10}`, i)),
  );
  line(`${name}: signups with seats, 1 event, 20 clients`, await postLoad(base, { count: 300, seconds: 15, concurrency: 20 }, (i) => signupOf('atelier-0', i)));

  // The read API with 100,000 stored submissions (bulk-inserted in SQL, the same shape the POSTs store).
  const store = await collector.storage();
  const structure = (await store.structure('default'))!;
  const have = (await store.db.query<{ n: number }>('select count(*)::int as n from submissions where structure_id = $1', [structure.id]))[0]!.n;
  const template = ideaOf(0);
  const filling = performance.now();
  await store.db.query(
    `insert into submissions (structure_id, key, kind, envelope, body_hash, status, response, received_at)
     select $1, k, 'idea', jsonb_set($2::jsonb, '{id}', to_jsonb(k)), 'bench', 201, jsonb_build_object('id', k, 'stored', true), '2026-11-28'
     from (select md5(random()::text || i::text)::uuid::text as k from generate_series(1, $3::int) i) keys`,
    [structure.id, JSON.stringify(template), Math.max(0, 100_000 - Number(have))],
  );
  console.log(`${`${name}: filled to 100,000 submissions`.padEnd(58)} ${(performance.now() - filling).toFixed(0).padStart(6)} ms`);
  const some = await getTimes(base, '/submissions?kind=event-signup', 5);
  console.log(
    `${`${name}: GET /submissions?kind=event-signup (1,300 of 100k)`.padEnd(58)} ${some.p50.toFixed(0).padStart(6)} ms  (${(some.size / 1024).toFixed(0)} KB)`,
  );
  const all = await getTimes(base, '/submissions', 3);
  console.log(`${`${name}: GET /submissions (all 100,000)`.padEnd(58)} ${all.p50.toFixed(0).padStart(6)} ms  (${(all.size / 1024 / 1024).toFixed(1)} MB)`);
  const seats = await getTimes(base, '/events/atelier-0/seats', 20);
  console.log(`${`${name}: GET /events/<id>/seats`.padEnd(58)} ${seats.p50.toFixed(1).padStart(6)} ms`);
  line(`${name}: ideas, 20 clients, with 100k stored`, await postLoad(base, { count: 2000, seconds: 10, concurrency: 20 }, ideaOf));
  await server.down();
  await collector.close();
}

console.log('\nCollector (loopback, load generator in the same process)\n');
const dataDir = mkdtempSync(join(tmpdir(), 'msp-bench-collector-'));
try {
  await benchEngine('PGlite', { dataDir });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
let pg: TestPostgres | undefined;
try {
  pg = await startPostgres();
} catch (error) {
  console.log(`PostgreSQL: not measured (${(error as Error).message})`);
}
if (pg) {
  try {
    await benchEngine('PostgreSQL', { databaseUrl: await freshDatabase(pg, 'bench') });
  } finally {
    pg.destroy();
  }
}
