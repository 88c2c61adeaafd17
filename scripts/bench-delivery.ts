// `node --import tsx scripts/bench-delivery.ts`: how long 1,000 queued submissions take to reach a
// local collector once it answers, in headless Chromium, one send at a time (as before issue 16) and a
// few in flight. Prints medians, asserts nothing (timed tests fail at random on a shared machine).
//
//   --collector http://127.0.0.1:8787   use a collector already running, allowing the page's origin
//   --page-port 8790                     (http://localhost:8790); otherwise one is started from collector/cli.ts
//   --postgres                           also the collector on PostgreSQL (a throwaway cluster, Debian's package)
//   --concurrency 1,4,6                  sends in flight to measure
//   --instant                            an endpoint that answers 201 at once without storing: the
//                                        outbox's own cost, apart from the collector's
//   --items 1000 --runs 3
//   --profile                            where the time goes (one run at 6 in flight): each IndexedDB
//                                        transaction, Web Lock and fetch timed from the page
//
// The page is served from http://localhost (a secure context, so Web Locks are on as in production);
// the outbox module is bundled with esbuild. puppeteer-core comes with @web/test-runner-chrome.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../test/helpers/chromium.js';
import { freshDatabase, startPostgres, type TestPostgres } from '../collector/test/postgres.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  // Not strict: `npm run bench` runs this file with its own options too.
  strict: false,
  options: {
    collector: { type: 'string' },
    'page-port': { type: 'string', default: '0' },
    instant: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    postgres: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '1,4,6' },
    items: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
  },
});
const items = Number(values.items);
const runs = Number(values.runs);
const concurrencies = String(values.concurrency).split(',').map(Number);

// What runs in the page: fill a fresh outbox with `n` pending items, then time one flush.
const entry = `
import { Outbox } from './src/core/outbox.ts';
import { createEnvelope } from './src/core/envelope.ts';
import { LocalStore } from './src/core/storage.ts';
window.runDelivery = async (endpoint, n, concurrency) => {
  const db = 'bench-' + Math.random().toString(36).slice(2);
  const store = await LocalStore.open(db);
  for (let i = 0; i < n; i++) {
    const envelope = createEnvelope('idea', { theme: 'accueil', themeLabel: 'Accueil', text: 'Idée en attente n° ' + i }, { locale: 'fr' });
    await store.putOutboxItem({ id: envelope.id, kind: 'idea', endpoint, envelope, state: 'pending', attempts: 1, nextAttemptAt: 0, notBefore: 0, queuedAt: new Date().toISOString() });
  }
  const outbox = new Outbox(db, { concurrency, timeoutMs: 30000 });
  const start = performance.now();
  await outbox.flush();
  const ms = performance.now() - start;
  const left = (await outbox.pending()).length;
  LocalStore.close(db);
  indexedDB.deleteDatabase(db);
  return { ms, left };
};
// The floor: the same POSTs with fetch alone (no store, no lock, no retry), \`concurrency\` at a time.
window.runBareFetch = async (endpoint, n, concurrency) => {
  const envelopes = Array.from({ length: n }, (_, i) => createEnvelope('idea', { theme: 'accueil', themeLabel: 'Accueil', text: 'Idée en attente n° ' + i }, { locale: 'fr' }));
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) {
      const envelope = envelopes[next++];
      const response = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id }, body: JSON.stringify(envelope) });
      await response.text();
    }
  }));
  return { ms: performance.now() - start, left: 0 };
};
window.benchReady = true;

// --profile: the page's own costs, measured around the browser's real calls (nothing replaced):
// IndexedDB transactions from creation to complete (readonly, readwrite), Web Lock requests until
// granted, fetches until their answer and body are in.
const spans = {};
const span = (name, ms) => { const s = (spans[name] ??= { n: 0, total: 0, max: 0 }); s.n++; s.total += ms; s.max = Math.max(s.max, ms); };
window.profileSpans = () => { const out = JSON.parse(JSON.stringify(spans)); for (const k of Object.keys(spans)) delete spans[k]; return out; };
window.startProfile = () => {
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const began = performance.now();
    const tx = transaction.call(this, stores, mode, options);
    const name = 'idb ' + (mode ?? 'readonly') + ' transaction';
    tx.addEventListener('complete', () => span(name, performance.now() - began));
    tx.addEventListener('abort', () => span(name + ' (aborted)', performance.now() - began));
    return tx;
  };
  const request = LockManager.prototype.request;
  LockManager.prototype.request = function (name, options, callback) {
    const began = performance.now();
    return request.call(this, name, options, (lock) => { span('web lock until granted', performance.now() - began); return callback(lock); });
  };
  const originalFetch = window.fetch;
  window.fetch = async (...args) => {
    const began = performance.now();
    const response = await originalFetch(...args);
    span('fetch until headers', performance.now() - began);
    const text = response.text.bind(response);
    response.text = async () => { const t0 = performance.now(); const body = await text(); span('response body', performance.now() - t0); return body; };
    return response;
  };
};
`;
const bundle = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', write: false, target: 'es2022' });
const script = bundle.outputFiles[0]!.text;

const page = createServer((request, response) => {
  if (request.url === '/bench.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' });
    response.end(script);
  } else {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="fr"><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script></html>');
  }
});
await new Promise<void>((resolve) => page.listen(Number(values['page-port']), '127.0.0.1', resolve));
const origin = `http://localhost:${(page.address() as AddressInfo).port}`;
console.log(`page ${origin}`);

/** Where the page delivers, and how to stop it. */
interface Target {
  label: string;
  endpoint: string;
  stop(): Promise<void> | void;
}

/** An endpoint that answers 201 at once and stores nothing: the outbox's own cost. */
async function instantTarget(): Promise<Target> {
  const server = createServer((request, response) => {
    const cors = {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
      'Access-Control-Allow-Methods': 'POST',
    };
    request.resume();
    request.on('end', () => {
      if (request.method === 'OPTIONS') return void response.writeHead(204, { ...cors, 'Access-Control-Max-Age': '600' }).end();
      const id = String(request.headers['idempotency-key'] ?? '');
      response.writeHead(201, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify({ id, stored: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    label: 'instant endpoint (stores nothing)',
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/submissions`,
    stop: () => void server.close(),
  };
}

/** The reference collector as a webmaster runs it (its command line is public; its insides may change), on PGlite or PostgreSQL. */
async function collectorTarget(databaseUrl?: string): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'msp-bench-delivery-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'collector/cli.ts'),
      '--port',
      '0',
      '--data',
      dataDir,
      '--origin',
      origin,
      ...(databaseUrl ? ['--database', databaseUrl] : []),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/[^\s]+\/submissions)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the collector exited (${code}) before listening`)));
  });
  return {
    label: databaseUrl ? 'collector on PostgreSQL' : 'collector on PGlite',
    endpoint,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const targets: Target[] = [];
let postgres: TestPostgres | undefined;
if (values.instant) targets.push(await instantTarget());
else if (typeof values.collector === 'string')
  targets.push({ label: 'collector', endpoint: `${values.collector.replace(/\/$/, '')}/submissions`, stop: () => {} });
else {
  targets.push(await collectorTarget());
  if (values.postgres) {
    try {
      postgres = await startPostgres();
      targets.push(await collectorTarget(await freshDatabase(postgres, 'bench_delivery')));
    } catch (error) {
      console.log(`PostgreSQL: not measured (${(error as Error).message})`);
    }
  }
}

const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => path && existsSync(path));
if (!chromium) throw new Error('Chromium is missing: apt-get install chromium, or set CHROME_PATH');
const browser = await puppeteer.launch({
  executablePath: chromium,
  args: [...CHROMIUM_ARGS],
  // Puppeteer's own watch of every request (CDP network events) would cost the browser and this
  // process about as much as the sends measured: off, the figures are the page's.
  networkEnabled: false,
});
type RunDelivery = (u: string, n: number, c: number) => Promise<{ ms: number; left: number }>;
try {
  const tab = await browser.newPage();
  await tab.goto(origin);
  await tab.waitForFunction('window.benchReady === true');
  const load = () => loadavg()[0]!.toFixed(1);
  console.log(`msp-widgets delivery bench: ${items} queued items, one flush once the endpoint answers (median of ${runs}); load average ${load()}\n`);
  for (const target of targets) {
    console.log(`${target.label}: ${target.endpoint}`);
    if (values.profile) {
      await tab.evaluate(() => (window as unknown as { startProfile: () => void }).startProfile());
      const result = await tab.evaluate((url, n) => (window as unknown as { runDelivery: RunDelivery }).runDelivery(url, n, 6), target.endpoint, items);
      const spans = (await tab.evaluate(() => (window as unknown as { profileSpans: () => unknown }).profileSpans())) as Record<
        string,
        { n: number; total: number; max: number }
      >;
      console.log(`profile: ${items} items, 6 sends in flight, ${(result.ms / 1000).toFixed(2)} s`);
      for (const [name, span] of Object.entries(spans)) {
        console.log(`  ${name.padEnd(40)} ${String(span.n).padStart(6)} × ${(span.total / span.n).toFixed(2).padStart(7)} ms  (max ${span.max.toFixed(1)} ms)`);
      }
      continue;
    }
    for (const concurrency of concurrencies) {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await tab.evaluate(
          (url, n, c) => (window as unknown as { runDelivery: RunDelivery }).runDelivery(url, n, c),
          target.endpoint,
          items,
          concurrency,
        );
        if (result.left > 0) throw new Error(`${result.left} items left in the outbox`);
        times.push(result.ms);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)]!;
      const label = concurrency === 1 ? `${items} items, one send at a time` : `${items} items, ${concurrency} sends in flight`;
      console.log(`  ${label.padEnd(56)} ${(median / 1000).toFixed(2).padStart(7)} s  (${((items / median) * 1000).toFixed(0)} items/s, load ${load()})`);
    }
    // What the browser alone needs for the same sends: the outbox's cost is the difference.
    const bare: number[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await tab.evaluate(
        (url, n, c) => (window as unknown as { runBareFetch: RunDelivery }).runBareFetch(url, n, c),
        `${target.endpoint}?bare`,
        items,
        Math.max(...concurrencies),
      );
      bare.push(result.ms);
    }
    bare.sort((a, b) => a - b);
    const bareMedian = bare[Math.floor(bare.length / 2)]!;
    const bareLabel = `${items} bare fetch() POSTs, ${Math.max(...concurrencies)} in flight (no outbox)`;
    console.log(
      `  ${bareLabel.padEnd(56)} ${(bareMedian / 1000).toFixed(2).padStart(7)} s  (${((items / bareMedian) * 1000).toFixed(0)} items/s, load ${load()})`,
    );
    console.log('');
  }
} finally {
  await browser.close();
  page.close();
  for (const target of targets) await target.stop();
  postgres?.destroy();
}
