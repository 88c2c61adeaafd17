// `node --import tsx scripts/bench-delivery.ts`: how long 1,000 queued submissions take to reach a
// local collector once it answers, in headless Chromium, one send at a time (as before issue 16) and a
// few in flight. Prints medians, asserts nothing (timed tests fail at random on a shared machine).
//
//   --collector http://127.0.0.1:8787   use a collector already running, allowing the page's origin
//   --page-port 8790                     (http://localhost:8790); otherwise one is started from collector/cli.ts
//   --instant                            an endpoint that answers 201 at once without storing: the
//                                        outbox's own cost, apart from the collector's
//   --items 1000 --runs 3
//
// The page is served from http://localhost (a secure context, so Web Locks are on as in production);
// the outbox module is bundled with esbuild. puppeteer-core comes with @web/test-runner-chrome.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../test/helpers/chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    collector: { type: 'string' },
    'page-port': { type: 'string', default: '0' },
    instant: { type: 'boolean', default: false },
    items: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
  },
});
const items = Number(values.items);
const runs = Number(values.runs);

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
window.benchReady = true;
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

let collectorProcess: ChildProcess | undefined;
let dataDir: string | undefined;
let endpoint: string;
let instant: ReturnType<typeof createServer> | undefined;
if (values.instant) {
  instant = createServer((request, response) => {
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
  await new Promise<void>((resolve) => instant!.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(instant.address() as AddressInfo).port}/submissions`;
} else if (values.collector) {
  endpoint = `${values.collector.replace(/\/$/, '')}/submissions`;
} else {
  // The reference collector as a webmaster runs it (its command line is public; its insides may change).
  dataDir = mkdtempSync(join(tmpdir(), 'msp-bench-delivery-'));
  collectorProcess = spawn(process.execPath, ['--import', 'tsx', join(root, 'collector/cli.ts'), '--port', '0', '--data', dataDir, '--origin', origin], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  endpoint = await new Promise<string>((resolve, reject) => {
    let out = '';
    collectorProcess!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/[^\s]+\/submissions)/.exec(out);
      if (match) resolve(match[1]!);
    });
    collectorProcess!.once('exit', (code) => reject(new Error(`the collector exited (${code}) before listening`)));
  });
}
console.log(`${values.instant ? 'instant endpoint (stores nothing)' : 'collector'} ${endpoint}\n`);

const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => path && existsSync(path));
if (!chromium) throw new Error('Chromium is missing: apt-get install chromium, or set CHROME_PATH');
const browser = await puppeteer.launch({
  executablePath: chromium,
  args: [...CHROMIUM_ARGS],
});
try {
  const tab = await browser.newPage();
  await tab.goto(origin);
  await tab.waitForFunction('window.benchReady === true');
  console.log(`msp-widgets delivery bench: ${items} queued items, one flush once the collector answers (median of ${runs})\n`);
  for (const concurrency of [1, 4, 6]) {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const result = (await tab.evaluate(
        (url, n, c) =>
          (window as unknown as { runDelivery: (u: string, n: number, c: number) => Promise<{ ms: number; left: number }> }).runDelivery(url, n, c),
        endpoint,
        items,
        concurrency,
      )) as { ms: number; left: number };
      if (result.left > 0) throw new Error(`${result.left} items left in the outbox`);
      times.push(result.ms);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const label = concurrency === 1 ? `${items} items, one send at a time (as before)` : `${items} items, ${concurrency} sends in flight`;
    console.log(`${label.padEnd(58)} ${(median / 1000).toFixed(2).padStart(7)} s  (${((items / median) * 1000).toFixed(0)} items/s)`);
  }
} finally {
  await browser.close();
  page.close();
  instant?.close();
  collectorProcess?.kill();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
