// The release as a webmaster gets it: `npm run release`, the zip unpacked into an empty folder,
// served by a plain static server (no dev server, no rewriting), a blank page holding the LISEZMOI's
// snippet for the idea box (module) and one for the classic survey script. The widgets render, an
// idea reaches a real collector (in-process, on PGlite), and the page asks for nothing outside the
// release folder and the collector. Also: the zip's layout, integrity.json against the bytes, no
// source map uploaded nor asked for.
// Run: node --import tsx --test test/node/release.test.ts
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { Collector, CollectorServer } from '../../collector/collector.js';
import { launchChromium, rendered, root, staticServer, watch, type StaticServer } from './release-helpers.js';

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const zip = join(root, 'release', `msp-widgets-${version}.zip`);
const TOKEN = 'jeton-de-test-release-0123456789';

let unpacked: string;
let folder: string;
let lisezmoi: string;
let browser: Browser | undefined;
let host: StaticServer | undefined;
let collector: { server: CollectorServer; collector: Collector; dataDir: string } | undefined;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
}

before(
  () => {
    // As a maintainer runs it (the Node test runner sets NODE_ENV=test, which would give Lit's dev build).
    execFileSync(process.execPath, ['scripts/release.mjs'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    unpacked = mkdtempSync(join(tmpdir(), 'msp-release-test-'));
    try {
      execFileSync('unzip', ['-q', zip, '-d', unpacked]);
    } catch (error) {
      // No unzip on this machine (Debian's `unzip` package): Python's zipfile does the same.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      execFileSync('python3', ['-m', 'zipfile', '-e', zip, unpacked]);
    }
    folder = join(unpacked, 'msp-widgets', version);
    lisezmoi = readFileSync(join(unpacked, 'LISEZMOI.txt'), 'utf8');
  },
  { timeout: 600_000 },
);

after(async () => {
  await browser?.close();
  await host?.close();
  if (collector) {
    await collector.server.down();
    await collector.collector.close();
    rmSync(collector.dataDir, { recursive: true, force: true });
  }
  if (unpacked) rmSync(unpacked, { recursive: true, force: true });
});

test('the zip holds the versioned folder to upload, the source maps apart and the LISEZMOI', () => {
  assert.deepEqual(readdirSync(unpacked).sort(), ['LISEZMOI.txt', 'cartes-sources', 'msp-widgets']);
  assert.deepEqual(readdirSync(join(unpacked, 'msp-widgets')), [version]);
  for (const name of [
    'idea-box.js',
    'satisfaction-survey.js',
    'event-signup.js',
    'continuum-check.js',
    'results.js',
    'msp-widgets.js',
    'msp-widgets-public.js',
    'envelope.schema.json',
    'integrity.json',
  ]) {
    assert.ok(existsSync(join(folder, name)), `${name} in msp-widgets/${version}/`);
  }
  for (const name of ['idea-box.js', 'satisfaction-survey.js', 'event-signup.js', 'continuum-check.js', 'msp-widgets-public.js']) {
    assert.ok(existsSync(join(folder, 'classique', name)), `classique/${name}`);
  }
  assert.ok(!existsSync(join(folder, 'classique', 'results.js')), 'no classic results view (team-only, never on a public page)');
  assert.ok(readdirSync(join(folder, 'chunks')).length > 0, 'chunks/ is there');
  const files = walk(folder);
  assert.deepEqual(
    files.filter((f) => f.endsWith('.map')),
    [],
    'no source map in the folder to upload',
  );
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    assert.ok(!readFileSync(file, 'utf8').includes('sourceMappingURL'), `${relative(folder, file)} points to no map`);
  }
  assert.ok(walk(join(unpacked, 'cartes-sources')).some((f) => f.endsWith('.js.map')));
  // The public all-in-one and the classic scripts carry no team-only results view.
  for (const file of ['msp-widgets-public.js', 'classique/msp-widgets-public.js', 'classique/idea-box.js']) {
    assert.ok(!readFileSync(join(folder, file), 'utf8').includes('msp-results'), `${file} defines no msp-results`);
  }
});

test('integrity.json gives every uploaded file its sha384, byte for byte', () => {
  const integrity = JSON.parse(readFileSync(join(folder, 'integrity.json'), 'utf8')) as Record<string, string>;
  const files = walk(folder)
    .map((f) => relative(folder, f))
    .filter((f) => f !== 'integrity.json')
    .sort();
  assert.deepEqual(Object.keys(integrity).sort(), files);
  for (const file of files) {
    assert.equal(
      integrity[file],
      `sha384-${createHash('sha384')
        .update(readFileSync(join(folder, file)))
        .digest('base64')}`,
      file,
    );
  }
});

/** The LISEZMOI's script line for `file` (its `<script …>` exactly as a webmaster copies it). */
function lisezmoiScript(file: string): string {
  const line = lisezmoi.split('\n').find((l) => l.includes(`src="/msp-widgets/${version}/${file}"`));
  assert.ok(line, `LISEZMOI gives a snippet for ${file}`);
  return line.trim();
}

test(
  'unpacked on a blank static server: the LISEZMOI snippets render, an idea reaches the collector, nothing else is asked',
  { timeout: 240_000 },
  async () => {
    // The webmaster's host: the unpacked folder at the site's root, and the two pages (written below,
    // once the collector's address is known).
    const pages: Record<string, string> = {};
    host = await staticServer({ '/msp-widgets/': join(unpacked, 'msp-widgets') }, pages);
    const dataDir = mkdtempSync(join(tmpdir(), 'msp-release-collector-'));
    const running = new Collector({ dataDir, allowedOrigins: [host.origin], readToken: TOKEN, log: () => {} });
    const server = new CollectorServer(running, '127.0.0.1');
    collector = { server, collector: running, dataDir };
    await server.up(0);
    const endpoint = `${server.url}/submissions`;

    // The idea box as the LISEZMOI writes it (module), with the endpoint its part 3 tells to add.
    const ideaScript = lisezmoiScript('idea-box.js');
    assert.match(ideaScript, /^<script type="module" src="[^"]+" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>$/);
    const ideaTag = lisezmoi
      .split('\n')
      .find((l) => l.includes('<msp-idea-box'))!
      .trim()
      .replace('<msp-idea-box ', `<msp-idea-box endpoint="${endpoint}" `);
    // The classic survey: the LISEZMOI's own line, checked against integrity.json.
    const integrity = JSON.parse(readFileSync(join(folder, 'integrity.json'), 'utf8')) as Record<string, string>;
    const classicSurvey = lisezmoiScript('classique/satisfaction-survey.js');
    assert.match(classicSurvey, /^<script src="[^"]+" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>$/);
    assert.ok(classicSurvey.includes(`integrity="${integrity['classique/satisfaction-survey.js']}"`), 'the hash of the file in the folder');
    const surveyTag = `<msp-satisfaction-survey structure-name="Maison de santé des Tilleuls" endpoint="${endpoint}"></msp-satisfaction-survey>`;

    const blank = (body: string) =>
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page vierge</title></head><body>\n${body}\n</body></html>`;
    pages['/idees.html'] = blank(`${ideaScript}\n${ideaTag}`);
    pages['/questionnaire.html'] = blank(`${classicSurvey}\n${surveyTag}`);

    browser = await launchChromium();
    // The release folder, the collector, the pages themselves (and the browser's own favicon.ico).
    const allowed = (url: string) =>
      url.startsWith(`${host!.origin}/msp-widgets/${version}/`) ||
      url.startsWith(server.url) ||
      [...Object.keys(pages), '/favicon.ico'].some((p) => url === `${host!.origin}${p}`);

    // The idea box (module): renders, sends, and the collector has the idea.
    const page = await browser.newPage();
    const watched = await watch(page);
    await page.goto(`${host.origin}/idees.html`, { waitUntil: 'load' });
    await rendered(page, 'msp-idea-box', 'form');
    await page.evaluate(() => {
      const log: { type: string; detail: unknown }[] = [];
      (window as unknown as { mspEvents: typeof log }).mspEvents = log;
      for (const type of ['msp-submitted', 'msp-delivered', 'msp-error'])
        document.addEventListener(type, (e) => log.push({ type, detail: (e as CustomEvent).detail }));
    });
    // No digits: a number could read as a phone number and ask "send anyway?".
    const text = `Un banc devant l’entrée, pour attendre le taxi, ${['bleu', 'vert', 'rouge'][Math.floor(Math.random() * 3)]} de préférence`;
    await page.click('msp-idea-box >>> #theme input[value="accueil"]');
    await page.type('msp-idea-box >>> #idea', text);
    // The spam guard refuses a send within 3 s of the form being shown (minSecondsToSubmit): a person
    // takes longer than that, a fast machine's test may not.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await page.click('msp-idea-box >>> button[type=submit]');
    const events = () => page.evaluate(() => (window as unknown as { mspEvents: { type: string; detail: { id: string; kind: string } }[] }).mspEvents);
    await page
      .waitForFunction(() => (window as unknown as { mspEvents: { type: string }[] }).mspEvents.some((e) => e.type === 'msp-delivered'), { timeout: 30_000 })
      .catch(async () => assert.fail(`no msp-delivered; events: ${JSON.stringify(await events())}; problems: ${watched.problems.join(' | ')}`));
    const log = await events();
    assert.deepEqual(
      log.map((e) => e.type),
      ['msp-submitted', 'msp-delivered'],
      'msp-submitted, then msp-delivered, no error',
    );
    const delivered = log[1]!.detail;
    assert.equal(delivered.kind, 'idea');
    const response = await fetch(`${server.url}/submissions?kind=idea`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    assert.equal(response.status, 200);
    const { submissions } = (await response.json()) as { submissions: { id: string; payload: { text: string } }[] };
    const stored = submissions.find((s) => s.id === delivered.id);
    assert.ok(stored, 'the idea reached the collector');
    assert.equal(stored.payload.text, text);
    assert.deepEqual(watched.problems, [], 'idea box page: console errors or failed requests');
    assert.deepEqual(
      watched.urls.filter((url) => !allowed(url)),
      [],
      'requests outside the release folder and the collector',
    );
    assert.ok(!watched.urls.some((url) => url.endsWith('.map')), 'no source map asked for');
    await page.close();

    // The classic survey script: renders its form, asks for nothing else.
    const surveyPage = await browser.newPage();
    const surveyWatched = await watch(surveyPage);
    await surveyPage.goto(`${host.origin}/questionnaire.html`, { waitUntil: 'load' });
    await rendered(surveyPage, 'msp-satisfaction-survey', 'form');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepEqual(surveyWatched.problems, [], 'classic survey page: console errors or failed requests');
    assert.deepEqual(
      surveyWatched.urls.filter((url) => !allowed(url)),
      [],
      'requests outside the release folder and the collector',
    );
    // A classic script is one file: no chunk to fetch.
    assert.deepEqual(
      surveyWatched.urls.filter((url) => url.includes('/chunks/')),
      [],
    );
    await surveyPage.close();
  },
);
