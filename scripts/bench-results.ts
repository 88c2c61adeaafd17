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
// Run: node --import tsx scripts/bench-results.ts [--loads 5] [--sizes 10000,100000] [--no-browser] [--no-node] [--trace]
//   --trace: one more load at the largest size under a DevTools trace, its long tasks listed with the
//   functions that ran most in each (where to split them).
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
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../test/helpers/chromium.js';
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
    trace: { type: 'boolean', default: false },
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
  /** The panel's heading and the kinds' choice shown. */
  panelMs: number;
  /** The campaign's first figures shown (of what was read so far). */
  figuresMs: number;
  /** The read over and the figures of every response shown. */
  completeMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** The longest of the page's own tasks (attribution 'self'). */
  longestOwnTaskMs: number;
  heapMb: number;
  shadowElements: number;
}

/** The bench page: the view reading the local read API with a nonce (no token asked). */
const benchPage = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench results</title>
<script type="module" src="/dist/results.js"></script></head>
<body><msp-results source="/api" rest-nonce="bench" structure-name="MSP du banc"></msp-results></body></html>`;

/**
 * Injected before the page's scripts (with `window.__expected`, the latest campaign's responses):
 * long tasks (buffered), and the first time the widget's shadow root shows
 * - the panel: its heading and the kinds' choice (the figures may still be on their way);
 * - the first figures: the campaign's response count (perhaps of the responses read so far);
 * - the figures complete: the read over (no `aria-busy="true"` left), nothing computing, and the
 *   campaign's count equal to the responses sent (so a partial count never passes for the end).
 * Seen by a MutationObserver on the shadow root (a microtask after the change; a timer poll would
 * wait behind the slices that scheduler.yield puts ahead of timers).
 */
const probe = `(() => {
  const state = (window.__bench = { longTasks: [], panelMs: 0, figuresMs: 0, completeMs: 0, count: -1 });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) state.longTasks.push([e.duration, e.name]); }).observe({ type: 'longtask', buffered: true });
  const check = (shadow) => {
    if (!state.panelMs && shadow.querySelector('[part~="panel"] #panel-title') && shadow.querySelector('[part~="kinds"]')) state.panelMs = performance.now();
    const count = shadow.querySelector('#survey-count');
    if (!count) return;
    if (!state.figuresMs) state.figuresMs = performance.now();
    if (state.completeMs || shadow.querySelector('[aria-busy="true"], #computing')) return;
    state.count = Number(count.textContent.split(':').pop().replace(/\\D/g, ''));
    if (state.count === window.__expected) state.completeMs = performance.now();
  };
  const timer = setInterval(() => {
    const shadow = document.querySelector('msp-results')?.shadowRoot;
    if (!shadow) return;
    clearInterval(timer);
    new MutationObserver(() => check(shadow)).observe(shadow, { childList: true, subtree: true, characterData: true, attributes: true });
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

/** Responses of the latest campaign (2026-T4, every fourth) among `size`: the count the panel ends on. */
const expectedCount = (size: number) => Math.floor(size / 4);

/**
 * Closes Chromium's own pages (the omnibox popup's WebUI, made with each window): on a small machine
 * they share the page's renderer main thread, and their rendering shows in a trace amid the page's
 * tasks (perhaps in its long tasks too).
 */
async function closeBrowserPages(browser: Browser): Promise<void> {
  const session = await browser.target().createCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  for (const target of targetInfos)
    if (target.url.startsWith('chrome://')) await session.send('Target.closeTarget', { targetId: target.targetId }).catch(() => undefined);
  await session.detach();
}

async function timedView(browser: Browser, origin: string, size: number): Promise<ViewLoad> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await closeBrowserPages(browser);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error instanceof Error ? error.message : String(error)));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.evaluateOnNewDocument(`window.__expected = ${expectedCount(size)};`);
    await page.evaluateOnNewDocument(probe);
    await page.goto(origin, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction('window.__bench.completeMs > 0', { timeout: 120_000, polling: 100 }).catch(async () => {
      const shown = await page.evaluate(
        `window.__bench.count + ' / ' + document.querySelector('msp-results')?.shadowRoot?.textContent?.replace(/\\s+/g, ' ').slice(0, 400)`,
      );
      throw new Error(`the figures never completed: ${[...problems, shown].join('; ')}`);
    });
    await new Promise((done) => setTimeout(done, 1000)); // work that follows the figures counts too
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const seen = (await page.evaluate(`({
      ...window.__bench,
      shadowElements: document.querySelector('msp-results').shadowRoot.querySelectorAll('*').length,
    })`)) as { longTasks: Array<[number, string]>; panelMs: number; figuresMs: number; completeMs: number; shadowElements: number };
    // 'self': a task of the page's own frame; the others ('unknown'…) may be Chromium's own pages sharing the renderer.
    const own = seen.longTasks.filter(([, name]) => name === 'self').map(([duration]) => duration);
    return {
      panelMs: seen.panelMs,
      figuresMs: seen.figuresMs,
      completeMs: seen.completeMs,
      longestTaskMs: Math.max(0, ...seen.longTasks.map(([duration]) => duration)),
      longestOwnTaskMs: Math.max(0, ...own),
      longTasks: seen.longTasks.length,
      heapMb: usedSize / 2 ** 20,
      shadowElements: seen.shadowElements,
    };
  } finally {
    await context.close();
  }
}

/** One trace event of Chromium's (the fields read here). */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: {
        nodes?: Array<{ id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }>;
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's `mappings`, decoded: per generated line, its segments [column, source, line, column, name?]. */
function decodeMappings(mappings: string): number[][][] {
  const state = [0, 0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const fields: number[] = [];
        for (let i = 0, value = 0, shift = 0; i < segment.length; i++) {
          const digit = BASE64.indexOf(segment[i]!);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = shift = 0;
          }
        }
        return fields.map((field, index) => (state[index] = state[index]! + field));
      });
  });
}

/** Where a position of the built code comes from (`src/…/file.ts:line name`), through the build's source maps. */
function sourceMapper(dist: string): (url: string, line: number, column: number) => string | undefined {
  const maps = new Map<string, { sources: string[]; names: string[]; lines: number[][][] } | undefined>();
  return (url, line, column) => {
    const file = url.includes('/dist/') ? join(dist, url.slice(url.indexOf('/dist/') + 6)) : '';
    if (!maps.has(file)) {
      const path = `${file}.map`;
      const map = file && existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { sources: string[]; names: string[]; mappings: string }) : undefined;
      maps.set(file, map && { sources: map.sources, names: map.names, lines: decodeMappings(map.mappings) });
    }
    const map = maps.get(file);
    const segment = map?.lines[line]?.filter((s) => s[0]! <= column).at(-1);
    if (!map || !segment || segment.length < 4) return undefined;
    const source = map.sources[segment[1]!]!.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
    return `${source}:${segment[2]! + 1}${segment.length > 4 ? ` ${map.names[segment[4]!]}` : ''}`;
  };
}

/**
 * The long tasks of one load, each with the functions the sampling profiler saw running most in it
 * (self time): where to split. Read from a DevTools trace (puppeteer's page.tracing): the main
 * thread's RunTask events over 50 ms, and the V8 CPU profile's samples that fall inside each.
 */
function longTasksOf(trace: { traceEvents: TraceEvent[] }, origin: string, where: ReturnType<typeof sourceMapper>): string[] {
  const events = trace.traceEvents;
  // The page's main thread (the trace also holds the browser's own pages): the one whose profile ran the page's scripts.
  const profiles = events.filter((e) => e.name === 'Profile');
  const ranPage = (profile: TraceEvent) =>
    events.some(
      (e) => e.name === 'ProfileChunk' && e.id === profile.id && e.args?.data?.cpuProfile?.nodes?.some((node) => node.callFrame.url?.startsWith(origin)),
    );
  const main = profiles.find(ranPage);
  if (!main) return ['(no profile of the page in the trace)'];
  const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && (e.dur ?? 0) > 50_000).sort((a, b) => a.ts - b.ts);
  // Samples: the main thread's profile (its ProfileChunks, by the Profile's id).
  const names = new Map<number, string>();
  const parents = new Map<number, number>();
  const samples: Array<{ ts: number; frame: string; node: number }> = [];
  let ts = main.args?.data?.startTime ?? 0;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === main.id)) {
    const { cpuProfile, timeDeltas = [] } = chunk.args?.data ?? {};
    for (const node of cpuProfile?.nodes ?? []) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const place = url ? (where(url, lineNumber, columnNumber) ?? `${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`) : '';
      names.set(node.id, `${functionName || '(anonymous)'} ${place}`.trim());
      if (node.parent !== undefined) parents.set(node.id, node.parent);
    }
    // Profile nodes list their children; the parent is read from those lists.
    for (const node of (cpuProfile?.nodes ?? []) as Array<{ id: number; children?: number[] }>)
      for (const child of node.children ?? []) parents.set(child, node.id);
    (cpuProfile?.samples ?? []).forEach((node, index) => {
      ts += timeDeltas[index] ?? 0;
      samples.push({ ts, frame: names.get(node) ?? String(node), node });
    });
  }
  const navigation = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? tasks[0]?.ts ?? 0;
  // Over the whole load: where the main thread's time went (what makes the figures late).
  const total = new Map<string, number>();
  for (const s of samples) total.set(s.frame, (total.get(s.frame) ?? 0) + 1);
  const busy = samples.filter((s) => s.frame !== '(idle)').length;
  const overall = [...total.entries()]
    .filter(([frame]) => frame !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([frame, count]) => `${Math.round((100 * count) / Math.max(1, busy))}% ${frame}`);
  return [
    'busy time, the functions sampled most (self):',
    ...overall.map((line) => `  ${line}`),
    'long tasks:',
    ...tasks.map((task) => {
      const inside = samples.filter((s) => s.ts >= task.ts && s.ts <= task.ts + task.dur!);
      const counts = new Map<string, number>();
      for (const s of inside) counts.set(s.frame, (counts.get(s.frame) ?? 0) + 1);
      const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
      const share = top.map(([frame, n]) => `${frame} ${Math.round((100 * n) / Math.max(1, inside.length))}%`).join(' · ');
      // What the task's time went to, by trace event (script, style, layout, GC…): "(program)" samples
      // are the renderer's own work, which only these events name.
      const kinds = new Map<string, number>();
      let end = 0;
      const children = events
        .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur!)
        .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
      for (const e of children) {
        if (e.ts < end) continue; // nested in the previous one
        end = e.ts + (e.dur ?? 0);
        kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.dur ?? 0));
      }
      const parts = [...kinds.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([name, dur]) => `${name} ${(dur / 1000).toFixed(0)} ms`)
        .join(', ');
      // Who called the function sampled most (its callers, nearest first): what to slice.
      const leading = inside.find((sample) => sample.frame === top[0]?.[0]);
      const callers: string[] = [];
      for (let node = leading && parents.get(leading.node); node !== undefined && callers.length < 5; node = parents.get(node)) {
        const name = names.get(node) ?? '';
        if (name && !name.startsWith('(root)')) callers.push(name.replace(/ work\/main\//, ' '));
      }
      const chain = callers.length ? `\n      ${top[0]![0].split(' ')[0]} called from: ${callers.join(' ← ')}` : '';
      return `  at ${((task.ts - navigation) / 1000).toFixed(0).padStart(6)} ms ${(task.dur! / 1000).toFixed(0).padStart(5)} ms  ${share}\n      events: ${parts}${chain}`;
    }),
  ];
}

/** One load traced (DevTools trace with the JS sampling profiler): its long tasks and what ran in them. */
async function tracedView(browser: Browser, origin: string, size: number, dist: string): Promise<string[]> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await closeBrowserPages(browser);
    await page.evaluateOnNewDocument(`window.__expected = ${expectedCount(size)};`);
    await page.evaluateOnNewDocument(probe);
    await page.tracing.start({
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
        'loading',
      ],
    });
    await page.goto(origin, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction('window.__bench.completeMs > 0', { timeout: 120_000, polling: 100 });
    await new Promise((done) => setTimeout(done, 1000));
    const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as { traceEvents: TraceEvent[] };
    return longTasksOf(trace, origin, sourceMapper(dist));
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
  // Its own renderer process for the page (site isolation): Chromium's own pages (the omnibox popup's
  // WebUI) otherwise share its main thread on a small machine, and their tasks count as long tasks.
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, '--site-per-process', '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup'],
    protocolTimeout: 180_000,
    // Puppeteer's own watch of every request (CDP's Network domain) keeps and decodes each response's
    // body for DevTools: 139 MB of JSON decoded again on the page's main thread, a long task that is
    // not the page's. Off, the figures are the page's (as in bench-delivery.ts).
    networkEnabled: false,
  });
  try {
    console.log(`\n<msp-results> in ${await browser.version()} headless, a fresh build, read API on 127.0.0.1; median of ${loads} loads (min–max)\n`);
    const spread = (values: number[], digits = 0) =>
      `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
    const columns: Array<[string, number]> = [
      ['responses', -10],
      ['JSON', 7],
      ['→ panel ms', 17],
      ['→ first figures ms', 20],
      ['→ figures complete ms', 23],
      ['longest task ms', 17],
      ['of the page ms', 17],
      ['long tasks', 12],
      ['heap MB', 18],
      ['shadow el.', 11],
    ];
    const row = (cells: string[]) => cells.map((cell, i) => (columns[i]![1] < 0 ? cell.padEnd(-columns[i]![1]) : cell.padStart(columns[i]![1]))).join(' ');
    console.log(row(columns.map(([name]) => name)));
    for (const size of sizes) {
      server.answer(size);
      await timedView(browser, server.origin, size); // warm-up: the server's and the browser's first-use costs
      const runs: ViewLoad[] = [];
      for (let i = 0; i < loads; i++) runs.push(await timedView(browser, server.origin, size));
      console.log(
        row([
          size.toLocaleString('en'),
          `${(answers.get(size)!.length / 2 ** 20).toFixed(0)} MB`,
          spread(runs.map((r) => r.panelMs)),
          spread(runs.map((r) => r.figuresMs)),
          spread(runs.map((r) => r.completeMs)),
          spread(runs.map((r) => r.longestTaskMs)),
          spread(runs.map((r) => r.longestOwnTaskMs)),
          spread(runs.map((r) => r.longTasks)),
          spread(
            runs.map((r) => r.heapMb),
            1,
          ),
          String(median(runs.map((r) => r.shadowElements))),
        ]),
      );
    }
    if (options.trace) {
      const size = Math.max(...sizes);
      server.answer(size);
      console.log(`\nLong tasks of one traced load at ${size.toLocaleString('en')} (from navigation; the functions sampled most in each, self time):`);
      for (const line of await tracedView(browser, server.origin, size, dist)) console.log(`  ${line}`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

if (!options['no-node']) nodeBench();
if (!options['no-browser']) await browserBench();
