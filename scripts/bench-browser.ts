// The browser half of `npm run bench` (alone: `node --import tsx scripts/bench-browser.ts`). Prints
// figures (medians), asserts nothing: timed tests fail at random on a shared machine.
//
// - SurveyJS (survey-core + survey-js-ui, dev dependencies used only here) and our
//   <msp-satisfaction-survey> on the same questionnaire (our default one, turned into SurveyJS JSON
//   below), loaded in turn (A/B/B/A…), each load in a fresh browser context with the cache off:
//   bytes (gzip bodies, from the DevTools Network domain) and the time from navigation start to the
//   first question's label in the DOM and visible (in the shadow root for ours), and the CPU time the
//   page's renderer spent until then (from a trace: steadier than wall time on a shared machine);
//   medians and ratios.
// - Each widget's first render: navigation → its form (or its first event) shown.
// - Heap after 100 mount/unmount cycles of each widget on one page (DevTools: garbage collected,
//   then Runtime.getHeapUsage; DOM nodes and listeners from Memory.getDOMCounters; detached elements
//   from DOM.getDetachedDomNodes).
//
// Pages are in bench/; the widgets come from a copy of the built dist/ (built with `npx vite build`
// when missing; `--build` builds a fresh copy in a temporary folder instead), served with gzip by a
// static server on 127.0.0.1 — never the dev server. The time probe (bench/shown-probe.js) is
// injected before the page's scripts and is not counted in the bytes.
//
//   --loads 25     loads of each survey page (plus one warm-up each)
//   --renders 15   loads of each widget for its first render
//   --cycles 100   mount/unmount cycles per widget
//   --only surveyjs,render,heap
//   --budget 170   seconds: the survey and first-render loads stop adding rounds once their share of
//                  it is spent (at least 4 and 3 loads; the figures say how many were made); 0: no limit
//   --verbose      also lists, for each page's warm-up load, its requests and console errors
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from 'puppeteer-core';
import { launchChromium } from '../test/helpers/chromium.js';
import { defaultSurveyFr } from '../src/widgets/satisfaction-survey/default-survey.js';
import type { Condition, Question, SurveyDefinition } from '../src/widgets/satisfaction-survey/satisfaction-survey.schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  strict: false,
  options: {
    loads: { type: 'string', default: '25' },
    renders: { type: 'string', default: '15' },
    cycles: { type: 'string', default: '100' },
    budget: { type: 'string', default: '170' },
    only: { type: 'string', default: 'surveyjs,render,heap' },
    build: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const loads = Number(values.loads);
const renders = Number(values.renders);
const cycles = Number(values.cycles);
const only = new Set(String(values.only).split(','));
const started = performance.now();
/** When a section must stop adding loads: `share` of the time budget after the start. */
const until = (share: number) => (Number(values.budget) > 0 ? started + Number(values.budget) * 1000 * share : Infinity);

// ---------------------------------------------------------------------------------------------
// Our default questionnaire as SurveyJS JSON: one page per step, the same questions, choices, words
// and show-if rules, in French.

/** Our survey's five rating words (satisfaction-survey/translations/fr.ts), from 1 to 5. */
const ratingWords = ['Très mauvais', 'Mauvais', 'Moyen', 'Bien', 'Très bien'];

function surveyJsCondition(c: Condition): string {
  const name = `{${c.question}}`;
  if (c.atMost !== undefined) return `${name} <= ${c.atMost}`;
  if (c.atLeast !== undefined) return `${name} >= ${c.atLeast}`;
  if (c.anyOf) return `${name} anyof [${c.anyOf.map((id) => `'${id}'`).join(', ')}]`;
  if (c.answered !== undefined) return `${name} ${c.answered ? 'notempty' : 'empty'}`;
  return `${name} = ${JSON.stringify(c.equals)}`;
}

function surveyJsQuestion(q: Question): Record<string, unknown> {
  const base = {
    name: q.id,
    title: q.label,
    ...(q.hint ? { description: q.hint } : {}),
    ...(q.required ? { isRequired: true } : {}),
    ...(q.showIf ? { visibleIf: surveyJsCondition(q.showIf) } : {}),
  };
  const notConcerned = 'notConcerned' in q && q.notConcerned ? [{ value: 'non-concerne', text: q.notConcernedLabel ?? 'Non concerné' }] : [];
  switch (q.type) {
    case 'rating':
      return { ...base, type: 'rating', rateType: 'smileys', rateValues: ratingWords.map((text, i) => ({ value: i + 1, text })) };
    case 'yesno':
      return { ...base, type: 'radiogroup', colCount: 0, choices: [{ value: 'oui', text: 'Oui' }, { value: 'non', text: 'Non' }, ...notConcerned] };
    case 'single':
    case 'multiple':
      return {
        ...base,
        type: q.type === 'single' ? 'radiogroup' : 'checkbox',
        choices: [...q.options.map((o) => ({ value: o.id, text: o.label })), ...notConcerned],
        ...(q.other ? { showOtherItem: true, otherText: q.otherLabel ?? 'Autre, précisez' } : {}),
      };
    case 'short-text':
      return { ...base, type: 'text', ...(q.maxLength ? { maxLength: q.maxLength } : {}) };
    case 'long-text':
      return { ...base, type: 'comment', ...(q.maxLength ? { maxLength: q.maxLength } : {}) };
  }
}

export function surveyJsJson(survey: SurveyDefinition): Record<string, unknown> {
  return {
    title: survey.title,
    ...(survey.intro ? { description: survey.intro } : {}),
    locale: 'fr',
    showProgressBar: 'top',
    progressBarType: 'pages',
    pages: survey.sections.map((section) => ({
      name: section.id,
      title: section.title,
      ...(section.intro ? { description: section.intro } : {}),
      ...(section.showIf ? { visibleIf: surveyJsCondition(section.showIf) } : {}),
      elements: section.questions.map(surveyJsQuestion),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// The built widgets: a copy of dist/, taken whole (another build may be writing dist/ meanwhile).

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Relative imports of every .js under `folder` that point to no file there (a copy taken mid-build). */
function missingImports(folder: string): string[] {
  const missing: string[] = [];
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    if (!name.endsWith('.js')) continue;
    const source = readFileSync(join(folder, name), 'utf8');
    for (const [, target] of source.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      if (!existsSync(join(folder, dirname(name), target!))) missing.push(`${name} → ${target}`);
    }
  }
  return missing;
}

async function builtWidgets(): Promise<{ folder: string; note: string }> {
  const copy = mkdtempSync(join(tmpdir(), 'msp-bench-dist-'));
  const entry = join(root, 'dist/satisfaction-survey.js');
  // dist/ without its entries: someone's build is under way; give it 30 s before building.
  for (let waited = 0; !values.build && !existsSync(entry) && existsSync(join(root, 'dist')) && waited < 30; waited++) await sleep(1000);
  if (values.build || !existsSync(entry)) {
    const into = values.build ? ['--outDir', copy, '--emptyOutDir'] : [];
    const run = spawnSync('npx', ['vite', 'build', ...into], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    if (run.status !== 0) throw new Error(`npx vite build failed:\n${run.stderr}`);
    if (values.build) return { folder: copy, note: 'a fresh build of src/' };
    console.log('(dist/ was missing: built it with npx vite build)');
  }
  for (let attempt = 1; ; attempt++) {
    rmSync(copy, { recursive: true, force: true });
    cpSync(join(root, 'dist'), copy, { recursive: true });
    const missing = missingImports(copy);
    const built = statSync(join(copy, 'satisfaction-survey.js')).mtime.toISOString().slice(0, 16).replace('T', ' ');
    if (!missing.length) return { folder: copy, note: `dist/ built ${built} UTC` };
    if (attempt === 5) throw new Error(`dist/ is incomplete (a build under way?): ${missing.slice(0, 3).join(', ')}`);
    await sleep(3000);
  }
}

// ---------------------------------------------------------------------------------------------
// A static server on 127.0.0.1: gzip (level 9, as a host that precompresses), no caching headers
// that matter (the browser's cache is off anyway).

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Dates N days ahead for the event signup's inline events (`{{date+30}}`). */
function withDates(html: string): string {
  return html.replace(/\{\{date\+(\d+)\}\}/g, (_, days: string) => new Date(Date.now() + Number(days) * 86_400_000).toISOString().slice(0, 10));
}

function fileUnder(folder: string, relative: string): string | undefined {
  const file = normalize(join(folder, relative));
  return file.startsWith(folder + sep) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

async function staticServer(dist: string, generated: Record<string, string>) {
  const folders: [string, string][] = [
    ['/dist/', dist],
    ['/bench/', join(root, 'bench')],
    ['/node_modules/survey-core/', join(root, 'node_modules/survey-core')],
    ['/node_modules/survey-js-ui/', join(root, 'node_modules/survey-js-ui')],
  ];
  const gzipped = new Map<string, Buffer>();
  const body = (path: string): Buffer | undefined => {
    if (generated[path] !== undefined) return Buffer.from(generated[path]);
    for (const [prefix, folder] of folders) {
      const file = path.startsWith(prefix) ? fileUnder(folder, path.slice(prefix.length)) : undefined;
      if (file) return path.endsWith('.html') ? Buffer.from(withDates(readFileSync(file, 'utf8'))) : readFileSync(file);
    }
    return undefined;
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const plain = body(path);
    if (!plain) return void response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    const headers: Record<string, string | number> = { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    let sent = plain;
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const key = path.endsWith('.html') ? `${path}:${plain.length}` : path;
      sent = gzipped.get(key) ?? gzipped.set(key, gzipSync(plain, { level: 9 })).get(key)!;
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(200, { ...headers, 'Content-Length': sent.length, Vary: 'Accept-Encoding' }).end(sent);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// One timed load: a fresh context (no storage, no cache), the probe injected, the Network domain on.

interface Load {
  /** Navigation start → the text in the DOM and visible. */
  shownMs: number;
  /** Gzip bytes (response bodies) finished by then, from the page's Resource Timing. */
  bytesAtShown: number;
  /** CPU time of the page's renderer (all its threads: parsing, compiling, running, style, layout) until shown. */
  cpuMs: number;
  /** Gzip bytes (Content-Length of every response) once the network was quiet for 300 ms. */
  bytesTotal: number;
  requests: number;
  /** Each response: its path and gzip bytes; console errors and page errors. */
  files: string[];
  problems: string[];
  /** Hosts other than the bench's server that the page asked (unreachable here: not in the bytes). */
  foreign: string[];
}

const probe = readFileSync(join(root, 'bench/shown-probe.js'), 'utf8');

function watchNetwork(cdp: CDPSession) {
  const state = { inFlight: new Map<string, string>(), bodyBytes: 0, requests: 0, files: [] as string[], foreign: [] as string[], last: performance.now() };
  const touch = () => (state.last = performance.now());
  cdp.on('Network.requestWillBeSent', (e) => {
    if (new URL(e.request.url).pathname === '/favicon.ico') return;
    state.inFlight.set(e.requestId, e.request.url);
    const { hostname } = new URL(e.request.url);
    if (hostname !== '127.0.0.1' && !state.foreign.includes(hostname)) state.foreign.push(hostname);
    state.requests++;
    touch();
  });
  cdp.on('Network.responseReceived', (e) => {
    const length = Object.entries(e.response.headers).find(([name]) => name.toLowerCase() === 'content-length')?.[1];
    if (!state.inFlight.has(e.requestId)) return;
    state.bodyBytes += Number(length ?? 0);
    state.files.push(`${new URL(e.response.url).pathname} ${e.response.status} ${kb(Number(length ?? 0))}`);
  });
  const done = (e: { requestId: string }) => {
    state.inFlight.delete(e.requestId);
    touch();
  };
  cdp.on('Network.loadingFinished', done);
  cdp.on('Network.loadingFailed', (e) => {
    if (state.inFlight.has(e.requestId)) state.files.push(`${state.inFlight.get(e.requestId)} failed: ${e.errorText}`);
    done(e);
  });
  return state;
}

async function quiet(network: ReturnType<typeof watchNetwork>, forMs: number, atMostMs: number): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < atMostMs) {
    if (!network.inFlight.size && performance.now() - network.last >= forMs) return;
    await sleep(50);
  }
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/**
 * From a trace: the thread time (CPU, not wall time) of every top-level task of the renderer that
 * marked "bench-shown", begun before that mark. Unlike the time to shown, this hardly moves when
 * other processes share the CPU (a busy machine makes a page wait, not work more).
 */
function cpuUntilShown(trace: Uint8Array | undefined): number {
  const events = (JSON.parse(Buffer.from(trace ?? []).toString('utf8') || '{"traceEvents":[]}') as { traceEvents: TraceEvent[] }).traceEvents;
  const mark = events.find((e) => e.name === 'bench-shown' && e.cat.includes('blink.user_timing'));
  if (!mark) return NaN;
  const tasks = events
    .filter((e) => e.pid === mark.pid && e.ph === 'X' && e.cat.split(',').includes('toplevel') && e.ts < mark.ts)
    .sort((a, b) => a.tid - b.tid || a.ts - b.ts);
  // A top-level event may hold another (a mojo message inside a task): count the outer one only.
  const ends = new Map<number, number>();
  let sum = 0;
  for (const task of tasks) {
    if (task.ts < (ends.get(task.tid) ?? -Infinity)) continue;
    ends.set(task.tid, task.ts + (task.dur ?? 0));
    sum += task.tdur ?? 0;
  }
  return sum / 1000;
}

interface FreshPage {
  context: BrowserContext;
  page: Page;
  network: ReturnType<typeof watchNetwork>;
  problems: string[];
}

/** A page in a fresh context (no storage, no cache), the Network domain on, nothing loaded yet. */
async function freshPage(browser: Browser): Promise<FreshPage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  return { context, page, network: watchNetwork(cdp), problems };
}

async function timedLoad({ page, network, problems }: FreshPage, url: string, text: string, waitForQuiet: boolean): Promise<Load> {
  await page.evaluateOnNewDocument(`${probe}\n__benchShownProbe(${JSON.stringify(text)});`);
  await page.tracing.start({ categories: ['toplevel', 'blink.user_timing', '__metadata'] });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const shown = (await page.evaluate(
    `Promise.race([window.__benchShownPromise, new Promise((_, fail) => setTimeout(() => fail(new Error('not shown in 60 s')), 60_000))])`,
  )) as { ms: number; bytesAtShown: number };
  const cpuMs = cpuUntilShown(await page.tracing.stop());
  if (waitForQuiet) await quiet(network, 300, 5000);
  return {
    shownMs: shown.ms,
    cpuMs,
    bytesAtShown: shown.bytesAtShown,
    bytesTotal: network.bodyBytes,
    requests: network.requests,
    files: network.files,
    problems,
    foreign: network.foreign,
  };
}

/**
 * Loads each target in turn, each in its own fresh context. The contexts are made together before
 * the first load and closed together after the last, never during a timed load: on a loaded machine
 * a new context's renderer takes seconds to start, and made one by one they would make the run long.
 */
async function loadsInTurn(browser: Browser, origin: string, targets: Target[], waitForQuiet: boolean): Promise<Load[]> {
  const pages = await Promise.all(targets.map(() => freshPage(browser)));
  try {
    const loads: Load[] = [];
    for (const [i, target] of targets.entries()) loads.push(await timedLoad(pages[i]!, origin + target.page, target.text, waitForQuiet));
    return loads;
  } finally {
    await Promise.all(pages.map(({ context }) => context.close()));
  }
}

// ---------------------------------------------------------------------------------------------
// Figures.

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const spread = (values: number[]) => `(${ms(Math.min(...values))}–${ms(Math.max(...values))})`;

interface Target {
  name: string;
  page: string;
  /** The text whose visible presence means "shown". */
  text: string;
}

const firstQuestion = defaultSurveyFr.sections[0]!.questions[0]!.label;
const surveyPages: Target[] = [
  { name: `SurveyJS ${surveyJsVersion()}`, page: '/bench/surveyjs.html', text: firstQuestion },
  { name: 'msp-widgets <msp-satisfaction-survey>', page: '/bench/survey.html', text: firstQuestion },
];

function surveyJsVersion(): string {
  const file = join(root, 'node_modules/survey-js-ui/package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : '';
}

/** Loads not counted (the server's and the browser's first-use costs); with --verbose, what each fetched. */
async function warmUp(browser: Browser, origin: string, targets: Target[]): Promise<void> {
  const loads = await loadsInTurn(browser, origin, targets, Boolean(values.verbose));
  if (!values.verbose) return;
  for (const [i, load] of loads.entries()) {
    console.log(`  ${targets[i]!.page} (warm-up, shown at ${ms(load.shownMs)}, renderer CPU ${ms(load.cpuMs)}):`);
    for (const line of [...load.files, ...load.problems]) console.log(`    ${line}`);
  }
}

async function compareWithSurveyJs(browser: Browser, origin: string): Promise<void> {
  const questions = defaultSurveyFr.sections.reduce((sum, section) => sum + section.questions.length, 0);
  console.log(
    `SurveyJS vs our survey: the default questionnaire (${questions} questions in ${defaultSurveyFr.sections.length} steps), up to ${loads} loads each, interleaved`,
  );
  console.log(`time = navigation start → "${firstQuestion}" in the DOM and visible; bytes = gzip response bodies;`);
  console.log("CPU = thread time of the page's renderer until then (all its threads), which a busy machine hardly moves\n");
  const results = surveyPages.map(() => [] as Load[]);
  await warmUp(browser, origin, surveyPages);
  // Two rounds at a time, A B B A: neither page always goes first, and four fresh contexts are made at once.
  const stop = until(0.45);
  for (let round = 0; round < loads && (round < 4 || performance.now() < stop); round += 2) {
    const order = round + 1 < loads ? [0, 1, 1, 0] : [0, 1];
    const done = await loadsInTurn(
      browser,
      origin,
      order.map((i) => surveyPages[i]!),
      true,
    );
    for (const [k, i] of order.entries()) results[i]!.push(done[k]!);
  }
  const rows = results.map((runs) => ({
    shown: median(runs.map((r) => r.shownMs)),
    atShown: median(runs.map((r) => r.bytesAtShown)),
    total: median(runs.map((r) => r.bytesTotal)),
    requests: median(runs.map((r) => r.requests)),
    cpu: median(runs.map((r) => r.cpuMs)),
    times: runs.map((r) => r.shownMs),
  }));
  console.log(`${results[0]!.length} loads each${results[0]!.length < loads ? ' (time budget spent: --budget 0 for all)' : ''}\n`);
  console.log(
    `${''.padEnd(40)} ${'time to shown (min–max)'.padEnd(26)} ${'CPU to shown'.padStart(12)} ${'bytes at shown'.padStart(14)} ${'bytes in all'.padStart(13)} requests`,
  );
  for (const [i, row] of rows.entries()) {
    console.log(
      `${surveyPages[i]!.name.padEnd(40)} ${`${ms(row.shown)} ${spread(row.times)}`.padEnd(26)} ${ms(row.cpu).padStart(12)} ${kb(row.atShown).padStart(14)} ${kb(row.total).padStart(13)} ${String(row.requests).padStart(8)}`,
    );
  }
  const [theirs, ours] = rows as [(typeof rows)[0], (typeof rows)[0]];
  console.log(
    `${'ratio ours / SurveyJS'.padEnd(40)} ${`${(ours.shown / theirs.shown).toFixed(2)}× (${(theirs.shown / ours.shown).toFixed(1)}× sooner)`.padEnd(26)} ${`${(ours.cpu / theirs.cpu).toFixed(2)}×`.padStart(12)} ${(ours.atShown / theirs.atShown).toFixed(3).padStart(14)} ${(ours.total / theirs.total).toFixed(3).padStart(13)}`,
  );
  for (const [i, runs] of results.entries()) {
    const hosts = [...new Set(runs.flatMap((r) => r.foreign))];
    if (hosts.length) console.log(`(${surveyPages[i]!.name} also asks ${hosts.join(', ')}: no network here, so not in its bytes nor its time)`);
  }
}

// Each widget: its page, and the text that says its form (or its first event) is shown.
const widgets: (Target & { tag: string })[] = [
  { name: 'idea box', tag: 'idea-box', page: '/bench/idea-box.html', text: 'Votre idée' },
  { name: 'satisfaction survey', tag: 'satisfaction-survey', page: '/bench/survey.html', text: firstQuestion },
  { name: 'event signup (inline events)', tag: 'event-signup', page: '/bench/event-signup.html', text: 'Vivre avec un diabète : bouger sans risque' },
  { name: 'continuum self-check', tag: 'continuum-check', page: '/bench/continuum-check.html', text: 'Votre rôle dans l’équipe' },
];

async function firstRenders(browser: Browser, origin: string): Promise<void> {
  console.log(`\nFirst render of each widget: navigation start → its form shown (event signup: its first event), up to ${renders} loads each, in turn\n`);
  const results = widgets.map(() => [] as Load[]);
  await warmUp(browser, origin, widgets);
  const stop = until(0.75);
  for (let round = 0; round < renders && (round < 3 || performance.now() < stop); round++) {
    const done = await loadsInTurn(browser, origin, widgets, false);
    for (const [i, load] of done.entries()) results[i]!.push(load);
  }
  console.log(`${results[0]!.length} loads each${results[0]!.length < renders ? ' (time budget spent: --budget 0 for all)' : ''}\n`);
  console.log(`${''.padEnd(30)} ${'time to shown (min–max)'.padEnd(26)} ${'CPU to shown'.padStart(12)} bytes at shown`);
  for (const [i, widget] of widgets.entries()) {
    const times = results[i]!.map((r) => r.shownMs);
    console.log(
      `${widget.name.padEnd(30)} ${`${ms(median(times))} ${spread(times)}`.padEnd(26)} ${ms(median(results[i]!.map((r) => r.cpuMs))).padStart(12)} ${kb(median(results[i]!.map((r) => r.bytesAtShown))).padStart(14)}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Heap after mount/unmount cycles.

interface HeapFigures {
  heap: number;
  nodes: number;
  listeners: number;
}

async function heapNow(cdp: CDPSession): Promise<HeapFigures> {
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

/** Detached nodes still held by JavaScript (DevTools' "Detached elements" panel), or '–' when the browser cannot tell. */
async function detachedElements(cdp: CDPSession): Promise<string> {
  try {
    await cdp.send('DOM.enable');
    const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
    return String(detachedNodes.reduce((sum, node) => sum + node.retainedNodeIds.length, 0));
  } catch {
    return '–';
  }
}

async function heapCycles({ context, page }: FreshPage, origin: string, widget: (typeof widgets)[number]): Promise<string> {
  try {
    const cdp = await page.createCDPSession();
    await page.goto(`${origin}/bench/cycles.html`, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(`benchLoad(${JSON.stringify(widget.tag)})`);
    const run = (count: number) => page.evaluate(`benchCycles(${JSON.stringify(widget.tag)}, ${JSON.stringify(widget.text)}, ${count})`);
    await run(2); // warm-up: lazily loaded chunks and first-use caches are not a leak
    await sleep(500);
    const before = await heapNow(cdp);
    const detachedBefore = await detachedElements(cdp);
    const half = Math.floor(cycles / 2);
    const timed = async (count: number) => {
      const start = performance.now();
      await run(count);
      return performance.now() - start;
    };
    const firstHalf = await timed(half);
    await sleep(500); // what the last widgets started (storage, timers) settles
    const middle = await heapNow(cdp);
    const perCycle = (firstHalf + (await timed(cycles - half))) / cycles;
    await sleep(500);
    const after = await heapNow(cdp);
    const detached = `${detachedBefore} → ${await detachedElements(cdp)}`;
    const signed = (value: number, unit: string) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} ${unit}`;
    const delta = signed((after.heap - before.heap) / 1024, 'KB');
    // Growth over the second half, per cycle: what a first-use cost (compiled code, caches) cannot explain.
    const slope = signed((after.heap - middle.heap) / (cycles - half) / 1024, 'KB');
    return `${widget.name.padEnd(30)} ${kb(before.heap).padStart(10)} ${kb(after.heap).padStart(10)} ${delta.padStart(11)} ${slope.padStart(15)} ${String(after.nodes - before.nodes).padStart(8)} ${String(after.listeners - before.listeners).padStart(12)}  ${ms(perCycle).padStart(7)}   ${detached}`;
  } finally {
    await context.close();
  }
}

async function heapAfterCycles(browser: Browser, origin: string): Promise<void> {
  console.log(`\nHeap after ${cycles} mount/unmount cycles of each widget on one page (garbage collected before each reading)\n`);
  console.log(
    `${''.padEnd(30)} ${'before'.padStart(10)} ${'after'.padStart(10)} ${'Δ heap'.padStart(11)} ${'2nd half/cycle'.padStart(15)} ${'Δ nodes'.padStart(8)} ${'Δ listeners'.padStart(12)}  ${'a cycle'.padStart(7)}   detached nodes before → after`,
  );
  const pages = await Promise.all(widgets.map(() => freshPage(browser))); // made together: see loadsInTurn
  for (const [i, widget] of widgets.entries()) console.log(await heapCycles(pages[i]!, origin, widget));
}

// ---------------------------------------------------------------------------------------------

const { folder: dist, note } = await builtWidgets();
const generated = { '/bench/generated/surveyjs-questionnaire.js': `var surveyJson = ${JSON.stringify(surveyJsJson(defaultSurveyFr))};\n` };
const server = await staticServer(dist, generated);
let browser: Browser | undefined;
try {
  browser = await launchChromium();
  console.log(`Browser benchmarks: ${await browser.version()} headless, gzip over 127.0.0.1, widgets from ${note}\n`);
  const section = async (name: string, run: () => Promise<void>) => {
    if (!only.has(name)) return;
    const start = performance.now();
    await run();
    console.log(`(${((performance.now() - start) / 1000).toFixed(0)} s)`);
  };
  await section('surveyjs', async () => {
    if (surveyJsVersion()) await compareWithSurveyJs(browser!, server.origin);
    else console.log('SurveyJS comparison skipped: survey-js-ui is not installed (npm install).');
  });
  await section('render', () => firstRenders(browser!, server.origin));
  await section('heap', () => heapAfterCycles(browser!, server.origin));
  console.log(`\n(browser benchmarks: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
} finally {
  await browser?.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
