// Benchmark of the team's results view, `<msp-results>`, over survey responses (asserts nothing: timed
// tests fail at random on a shared machine; this prints the figures for the closing note).
//
// 1. Node: the summaries' pure functions over 10,000 responses, each timed over several runs (median).
// 2. Headless Chromium: `<msp-results source=… rest-nonce=…>` from a fresh build (npx vite build into a
//    temporary folder) reading 10,000 and 100,000 responses from a local read API on 127.0.0.1 (the
//    collector's `{ submissions }` format), each load in a fresh context: time from navigation start
//    to the panel (its heading) and to the survey figures shown, the longest task
//    (PerformanceObserver 'longtask', from navigation to 1 s after the figures), the JS heap after a
//    garbage collection, and the elements in the widget's shadow root. Medians of the loads.
//
// Run: node --import tsx scripts/bench-results.ts [--loads 5] [--sizes 10000,100000] [--no-browser] [--no-node]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../test/helpers/chromium.js';
import { createEnvelope } from '../src/core/envelope.js';
import { surveyCsv, jsonExport } from '../src/widgets/results/exports.js';
import type { SurveyAnswer } from '../src/widgets/results/payloads.js';
import type { ResultItem } from '../src/widgets/results/sources.js';
import { campaignTable, satisfactionByCampaign, summariseSurveys } from '../src/widgets/results/survey-summary.js';
import { resultsFr } from '../src/widgets/results/translations/fr.js';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const { values: options } = parseArgs({
  strict: false,
  options: {
    loads: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '10000,100000' },
    'no-browser': { type: 'boolean', default: false },
    'no-node': { type: 'boolean', default: false },
  },
});
const root = fileURLToPath(new URL('..', import.meta.url));

/** A deterministic pseudo-random source (the same data on every run and machine). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const ratingQuestions = ['accueil', 'joignabilite', 'rendez-vous', 'delais', 'information', 'locaux', 'confidentialite', 'global'];
const needs = ['nutrition', 'sommeil', 'activite', 'diabete', 'tabac', 'stress', 'ecrans', 'autre'];

function buildResponses(count: number): ResultItem[] {
  const next = random(42);
  const campaigns = ['2026-T1', '2026-T2', '2026-T3', '2026-T4'];
  const items: ResultItem[] = [];
  for (let i = 0; i < count; i++) {
    const answers: SurveyAnswer[] = ratingQuestions
      .filter(() => next() > 0.05)
      .map((id) => ({ questionId: id, type: 'rating', section: 'accueil', label: `Question ${id}`, value: 1 + Math.floor(next() * 5) }));
    answers.push({ questionId: 'recommend', type: 'yesno', label: 'Recommanderiez-vous ?', value: next() > 0.3 });
    answers.push({
      questionId: 'frequence',
      type: 'single',
      label: 'À quelle fréquence venez-vous ?',
      value: `f${Math.floor(next() * 4)}`,
      valueLabels: ['Fréquence'],
    });
    const chosen = needs.filter(() => next() > 0.6);
    if (chosen.length)
      answers.push({
        questionId: 'needs',
        type: 'multiple',
        label: 'Quels thèmes vous intéressent ?',
        value: chosen,
        valueLabels: chosen,
        ...(chosen.includes('autre') ? { other: 'Yoga' } : {}),
      });
    if (next() > 0.7)
      answers.push({ questionId: 'comment', type: 'long-text', label: 'Une remarque ?', value: `Remarque numéro ${i}, avec un ; et des "guillemets"` });
    const payload = { campaign: campaigns[i % 4]!, surveyId: 'defaut', surveyTitle: 'Votre avis', kiosk: i % 2 === 0, answers };
    const envelope = createEnvelope('survey', payload, { locale: 'fr', now: new Date(Date.UTC(2026, i % 12, 1 + (i % 28))) });
    items.push({ id: envelope.id, kind: 'survey', envelope, receivedAt: envelope.createdAt, origin: 'stored' });
  }
  return items;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time(name: string, run: () => unknown): void {
  for (let i = 0; i < 3; i++) run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  console.log(
    `${name.padEnd(46)} median ${median(samples).toFixed(1).padStart(7)} ms   min ${Math.min(...samples)
      .toFixed(1)
      .padStart(7)} ms   max ${Math.max(...samples)
      .toFixed(1)
      .padStart(7)} ms`,
  );
}

function nodeBench(): void {
  const built = performance.now();
  const items = buildResponses(RESPONSES);
  console.log(
    `${items.length} survey responses built in ${(performance.now() - built).toFixed(0)} ms; ${RUNS} runs each after 3 warm-ups (Node ${process.version})`,
  );
  const now = new Date('2026-11-23T10:00:00Z');
  const summary = summariseSurveys(items, '2026-T4');

  time('summariseSurveys (all campaigns)', () => summariseSurveys(items));
  time('summariseSurveys (one campaign)', () => summariseSurveys(items, '2026-T4'));
  time('campaignTable', () => campaignTable(items));
  time('satisfactionByCampaign', () => satisfactionByCampaign(items));
  time('what the survey panel computes (table, trend, summary)', () => {
    campaignTable(items);
    satisfactionByCampaign(items);
    summariseSurveys(items, '2026-T4');
  });
  time('surveyCsv (summary of one campaign)', () => surveyCsv(summary, '2026-T4', resultsFr.exportText, now));
  const lastCampaign = items.filter((i) => (i.envelope.payload as { campaign: string }).campaign === '2026-T4');
  time(`jsonExport (${lastCampaign.length.toLocaleString('en')} responses + summary)`, () =>
    jsonExport('survey', lastCampaign, { includePersonal: false, summary, now }),
  );
}

// ---------------------------------------------------------------------------------------------
// The view in headless Chromium.

/** What one load measured (ms since navigation start). */
interface ViewLoad {
  panelMs: number;
  figuresMs: number;
  longestTaskMs: number;
  longTasks: number;
  heapMb: number;
  shadowElements: number;
}

/** The bench page: the view reading the local read API with a nonce (no token asked). */
const benchPage = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench results</title>
<script type="module" src="/dist/results.js"></script></head>
<body><msp-results source="/api" rest-nonce="bench" structure-name="MSP du banc"></msp-results></body></html>`;

/**
 * Injected before the page's scripts: long tasks (buffered), and the first time the panel's heading
 * and the survey figures (the campaign's response count) are in the widget's shadow root, seen by a
 * MutationObserver on it (a microtask after the change; a timer poll would wait behind the
 * computation's slices, which scheduler.yield puts ahead of timers).
 */
const probe = `(() => {
  const state = (window.__bench = { longTasks: [], panelMs: 0, figuresMs: 0 });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) state.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  const check = (shadow) => {
    if (!state.panelMs && shadow.querySelector('[part~="panel"] #panel-title')) state.panelMs = performance.now();
    if (!state.figuresMs && shadow.querySelector('#survey-count')) state.figuresMs = performance.now();
  };
  const timer = setInterval(() => {
    const shadow = document.querySelector('msp-results')?.shadowRoot;
    if (!shadow) return;
    clearInterval(timer);
    new MutationObserver(() => check(shadow)).observe(shadow, { childList: true, subtree: true });
    check(shadow);
  }, 1);
})();`;

function freshBuild(): string {
  const folder = mkdtempSync(join(tmpdir(), 'msp-bench-results-'));
  const run = spawnSync('npx', ['vite', 'build', '--outDir', folder, '--emptyOutDir'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`npx vite build failed:\n${run.stderr}`);
  return folder;
}

/** The page, the built widgets and `GET /api/submissions` (the collector's read format), on 127.0.0.1. */
async function serve(dist: string, answers: Map<number, Buffer>) {
  let size = 0;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/') return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(benchPage);
    if (path === '/api/submissions') return void response.writeHead(200, { 'Content-Type': 'application/json' }).end(answers.get(size));
    const file = path.startsWith('/dist/') ? normalize(join(dist, path.slice(6))) : '';
    if (!file.startsWith(dist + sep) || !existsSync(file)) return void response.writeHead(404).end();
    const type = extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** The number of responses the read API answers with from now on. */
    answer: (responses: number) => void (size = responses),
    close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
  };
}

async function timedView(browser: Browser, origin: string): Promise<ViewLoad> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error instanceof Error ? error.message : String(error)));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.evaluateOnNewDocument(probe);
    await page.goto(origin, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction('window.__bench.figuresMs > 0', { timeout: 60_000, polling: 100 }).catch(async () => {
      const shown = await page.evaluate(`document.querySelector('msp-results')?.shadowRoot?.textContent?.replace(/\\s+/g, ' ').slice(0, 400)`);
      throw new Error(`the figures never showed: ${[...problems, shown].join('; ')}`);
    });
    await new Promise((done) => setTimeout(done, 1000)); // work that follows the figures counts too
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const seen = (await page.evaluate(`({
      ...window.__bench,
      shadowElements: document.querySelector('msp-results').shadowRoot.querySelectorAll('*').length,
    })`)) as { longTasks: number[]; panelMs: number; figuresMs: number; shadowElements: number };
    return {
      panelMs: seen.panelMs,
      figuresMs: seen.figuresMs,
      longestTaskMs: Math.max(0, ...seen.longTasks),
      longTasks: seen.longTasks.length,
      heapMb: usedSize / 2 ** 20,
      shadowElements: seen.shadowElements,
    };
  } finally {
    await context.close();
  }
}

async function browserBench(): Promise<void> {
  const sizes = String(options.sizes).split(',').map(Number);
  const loads = Number(options.loads);
  const answers = new Map<number, Buffer>();
  for (const size of sizes) {
    const submissions = buildResponses(size).map((item) => ({ ...item.envelope, receivedAt: item.receivedAt }));
    answers.set(size, Buffer.from(JSON.stringify({ submissions })));
  }
  const dist = freshBuild();
  const server = await serve(dist, answers);
  const browser = await launchChromium({ protocolTimeout: 180_000 });
  try {
    console.log(`\n<msp-results> in ${await browser.version()} headless, a fresh build, read API on 127.0.0.1; median of ${loads} loads (min–max)\n`);
    const spread = (values: number[], digits = 0) =>
      `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
    console.log(
      `${'responses'.padEnd(10)} ${'JSON'.padStart(8)} ${'→ panel ms'.padStart(18)} ${'→ figures ms'.padStart(20)} ${'longest task ms'.padStart(20)} ${'long tasks'.padStart(12)} ${'heap MB'.padStart(18)} ${'shadow elements'.padStart(16)}`,
    );
    for (const size of sizes) {
      server.answer(size);
      await timedView(browser, server.origin); // warm-up: the server's and the browser's first-use costs
      const runs: ViewLoad[] = [];
      for (let i = 0; i < loads; i++) runs.push(await timedView(browser, server.origin));
      const mb = `${(answers.get(size)!.length / 2 ** 20).toFixed(0)} MB`;
      console.log(
        `${size.toLocaleString('en').padEnd(10)} ${mb.padStart(8)} ${spread(runs.map((r) => r.panelMs)).padStart(18)} ${spread(runs.map((r) => r.figuresMs)).padStart(20)} ${spread(runs.map((r) => r.longestTaskMs)).padStart(20)} ${spread(runs.map((r) => r.longTasks)).padStart(12)} ${spread(
          runs.map((r) => r.heapMb),
          1,
        ).padStart(18)} ${String(median(runs.map((r) => r.shadowElements))).padStart(16)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

if (!options['no-node']) nodeBench();
if (!options['no-browser']) await browserBench();
