// The demo site (`npm start`) and its configurator, in Chromium:
// - every demo page loads with no console error or warning (no Lit dev-mode warning: the built
//   release is served), no failed request, and passes axe-core; page and widget headings never
//   repeat, and a widget's heading follows its `heading-level`;
// - the configurator's copied snippet (module and classic), pasted into a blank page on a plain
//   static server that holds the release folder, renders the widget's form with no console error.
// Run: node --import tsx --test test/node/release-demo.test.ts
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { ensureRelease, releaseFolder, startDemo, version, type RunningDemo } from '../../demo/serve.js';
import { axeViolations, headings, launchChromium, rendered, staticServer, watch } from './release-helpers.js';

let demo: RunningDemo;
let browser: Browser;
let dataDir: string;

before(async () => {
  ensureRelease(() => {});
  dataDir = mkdtempSync(join(tmpdir(), 'msp-demo-test-'));
  demo = await startDemo({ port: 0, collectorPort: 0, dataDir, token: 'jeton-de-demo-test' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await demo?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Each page, the widgets on it and what each must render (its form or its first screen). */
const pages: { path: string; widgets: [tag: string, selector: string][] }[] = [
  { path: 'index.html', widgets: [] },
  {
    path: 'participer.html',
    widgets: [
      ['msp-idea-box', 'form'],
      ['msp-satisfaction-survey', 'form'],
    ],
  },
  { path: 'agenda.html', widgets: [['msp-event-signup', 'h2, h3, form']] },
  { path: 'equipe.html', widgets: [['msp-continuum-check', 'button, form']] },
  { path: 'equipe-resultats.html', widgets: [['msp-results', 'form, input']] },
  { path: 'configurateur.html', widgets: [['msp-idea-box', 'form']] },
];

async function open(path: string): Promise<{ page: Page; problems: string[]; urls: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const watched = await watch(page);
  await page.goto(`${demo.url}${path}`, { waitUntil: 'load' });
  return { page, ...watched };
}

for (const { path, widgets } of pages) {
  test(`demo ${path}: loads with no console message, renders its widgets, passes axe`, { timeout: 120_000 }, async () => {
    const { page, problems, urls } = await open(path);
    try {
      for (const [tag, selector] of widgets) await rendered(page, tag, selector);
      // Let the widgets' first fetches (feeds, seats) settle before judging.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.deepEqual(await axeViolations(page), [], 'axe-core violations');
      const list = await headings(page);
      const texts = list.map((h) => h.slice(3));
      assert.deepEqual(
        texts.filter((t, i) => texts.indexOf(t) !== i),
        [],
        `a heading repeats: ${list.join(' | ')}`,
      );
      // A widget given heading-level="N" opens with an hN.
      const levels = await page.evaluate(() =>
        [...document.querySelectorAll('[heading-level]')].map((el) => {
          const first = el.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
          return [el.tagName.toLowerCase(), el.getAttribute('heading-level'), first ? (first.getAttribute('aria-level') ?? first.tagName.slice(1)) : null];
        }),
      );
      for (const [tag, wanted, got] of levels) assert.equal(got, wanted, `${tag}: heading-level="${wanted}" but its first heading is h${got}`);
      // Only this site and the local collector: no other host.
      const hosts = new Set(urls.map((url) => new URL(url).origin));
      for (const origin of hosts) assert.ok([demo.origin, demo.collectorUrl].includes(origin), `request to ${origin}`);
      assert.deepEqual(problems, [], 'console errors/warnings or failed requests');
    } finally {
      await page.close();
    }
  });
}

test('the hidden heading: a widget with hide-heading shows no heading of its own above its form', { timeout: 60_000 }, async () => {
  const { page } = await open('participer.html');
  try {
    await rendered(page, 'msp-satisfaction-survey', 'form');
    const own = await page.evaluate(() => {
      const root = document.querySelector('msp-satisfaction-survey[hide-heading]')!.shadowRoot!;
      return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => (h as HTMLElement).checkVisibility()).map((h) => h.textContent!.trim());
    });
    const title = await page.evaluate(() => document.querySelector('#questionnaire')!.textContent);
    assert.ok(title);
    // The survey's own title ("Votre avis…") is not drawn; its section headings may be.
    assert.ok(!own.some((text) => /^Votre avis/i.test(text)), `the survey still draws its title: ${own.join(' | ')}`);
  } finally {
    await page.close();
  }
});

/** Sets the configurator's fields, copies a snippet with its button and returns the clipboard's text. */
async function copySnippet(page: Page, tag: string, values: Record<string, string>, which: 'module' | 'classique'): Promise<string> {
  await page.waitForSelector('#configurateur[data-ready="true"]');
  await page.select('#widget', tag);
  for (const [attribute, value] of Object.entries(values)) {
    const selector = `[data-attribute="${attribute}"]`;
    await page.$eval(selector, (input) => ((input as HTMLInputElement).value = ''));
    await page.type(selector, value);
  }
  // The preview and the code follow the fields (after a short pause in typing).
  await page.waitForFunction(
    (t, v) => document.getElementById('code-module')!.textContent!.includes(`<${t}`) && document.getElementById('code-module')!.textContent!.includes(v),
    {},
    tag,
    Object.values(values)[0] ?? '',
  );
  await page.click(`#copier-${which}`);
  await page.waitForFunction(() => document.getElementById('copie-etat')!.textContent !== '');
  return page.evaluate(() => navigator.clipboard.readText());
}

test('configurator: the copied snippet, pasted into a blank page on a plain static server, renders the widget', { timeout: 120_000 }, async () => {
  const context = browser.defaultBrowserContext();
  await context.overridePermissions(demo.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const { page, problems } = await open('configurateur.html');
  let host: Awaited<ReturnType<typeof staticServer>> | undefined;
  try {
    const snippets = {
      module: await copySnippet(page, 'msp-idea-box', { 'structure-name': 'MSP du Bocage' }, 'module'),
      classic: await copySnippet(page, 'msp-satisfaction-survey', { 'structure-name': 'MSP du Bocage', campaign: '2027-T1' }, 'classique'),
    };
    // The preview showed the widget live, with the chosen name.
    await rendered(page, '#apercu msp-satisfaction-survey', 'form');
    assert.deepEqual(problems, [], 'configurator: console errors or failed requests');

    assert.match(
      snippets.module,
      /^<script type="module" src="\/msp-widgets\/[^"]+\/idea-box\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"><\/script>\n<msp-idea-box structure-name="MSP du Bocage"><\/msp-idea-box>$/,
    );
    assert.match(
      snippets.classic,
      /^<script src="\/msp-widgets\/[^"]+\/classique\/satisfaction-survey\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>\n<msp-satisfaction-survey /,
    );
    assert.ok(snippets.module.includes(`/msp-widgets/${version}/`));

    const blank = (snippet: string) =>
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page vierge</title></head><body><main>\n${snippet}\n</main></body></html>`;
    host = await staticServer(
      { [`/msp-widgets/${version}/`]: releaseFolder },
      { '/module.html': blank(snippets.module), '/classique.html': blank(snippets.classic) },
    );
    for (const [path, tag] of [
      ['/module.html', 'msp-idea-box'],
      ['/classique.html', 'msp-satisfaction-survey'],
    ] as const) {
      const blankPage = await browser.newPage();
      const watched = await watch(blankPage);
      try {
        await blankPage.goto(`${host.origin}${path}`, { waitUntil: 'load' });
        await rendered(blankPage, tag, 'form');
        const name = await blankPage.evaluate((t) => document.querySelector(t)!.shadowRoot!.textContent!.includes('MSP du Bocage'), tag);
        assert.ok(name, `${tag} shows the structure's name`);
        assert.deepEqual(watched.problems, [], `${path}: console errors or failed requests`);
        for (const url of watched.urls) assert.ok(url.startsWith(host.origin), `${path} asked for ${url}`);
      } finally {
        await blankPage.close();
      }
    }
  } finally {
    await page.close();
    await host?.close();
  }
});
