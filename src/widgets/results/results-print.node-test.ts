// Prints the results view to PDF with Chromium (A4, 15 mm margins) and counts the pages: one campaign's
// survey summary, an event's sign-in sheet, the waiting-room poster and the yearly summary (their text
// read back with pdftotext). Run: node --import tsx --test src/widgets/results/results-print.node-test.ts
// The PDFs and a PNG of their first pages (pdftoppm) go to coverage/print/ for a person to look at.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../../../test/helpers/chromium.js';

const out = 'coverage/print';
let server: Server;
let browser: Browser;
let origin = '';

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
export function pdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length;
}

before(async () => {
  const bundle = await build({ entryPoints: ['src/widgets/results/print-page.fixture.ts'], bundle: true, format: 'esm', write: false, target: 'es2022' });
  const script = bundle.outputFiles[0]!.text;
  server = createServer((request, response) => {
    if (request.url === '/page.js') return void response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Résultats</title><body><script type="module" src="/page.js"></script></body></html>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await launchChromium({ protocolTimeout: 180_000 });
  mkdirSync(out, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const inView = (page: Page, selector: string) =>
  page.waitForFunction((s) => Boolean(document.querySelector('msp-results')?.shadowRoot?.querySelector(s)), { timeout: 60_000 }, selector);

/** Buttons, selects and inputs that would still print. */
const controlsPrinted = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelector('msp-results')!.shadowRoot!.querySelectorAll('button, select, input, textarea')].filter(
        (c) => getComputedStyle(c).display !== 'none' && (c as HTMLElement).offsetParent !== null,
      ).length,
  );

async function print(page: Page, name: string): Promise<number> {
  await page.emulateMediaType('print');
  assert.equal(await controlsPrinted(page), 0, 'no control prints');
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' }, printBackground: true });
  writeFileSync(`${out}/${name}.pdf`, pdf);
  await page.emulateMediaType('screen');
  return pdfPages(pdf);
}

test('one campaign’s survey summary prints on few A4 pages, without controls', { timeout: 240_000 }, async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await inView(page, '#ranked');
  const pages = await print(page, 'results-survey');
  console.log(`[print] survey summary (15 responses, 19 questions): ${pages} A4 pages`);
  assert.ok(pages >= 2 && pages <= 6, `survey summary on ${pages} pages`);
  await page.close();
});

test('an event’s sign-in sheet prints on one page', { timeout: 240_000 }, async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await inView(page, '#kinds');
  await page.evaluate(() =>
    (document.querySelector('msp-results')!.shadowRoot!.querySelector('#kinds input[value="event-signup"]') as HTMLInputElement).click(),
  );
  await inView(page, '[data-sheet]');
  await page.evaluate(() => (document.querySelector('msp-results')!.shadowRoot!.querySelector('[data-sheet]') as HTMLButtonElement).click());
  await inView(page, '.sheet-table');
  const pages = await print(page, 'results-sign-in-sheet');
  console.log(`[print] sign-in sheet: ${pages} A4 page(s)`);
  assert.equal(pages, 1);
  await page.close();
});

/** The PDF's text as pdftotext reads it (reading order, spaces run together), and a PNG of its first page beside it. */
function readBack(name: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', `${out}/${name}.pdf`, `${out}/${name}`]);
  return execFileSync('pdftotext', ['-raw', `${out}/${name}.pdf`, '-'], { encoding: 'utf8' })
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
}

const click = (page: Page, selector: string) =>
  page.evaluate((s) => (document.querySelector('msp-results')!.shadowRoot!.querySelector(s) as HTMLElement).click(), selector);

/** Opens a report with its button, prints it to `<name>.pdf`, and reads its text back. */
async function printReport(button: string, report: string, name: string): Promise<{ page: Page; pages: number; text: string }> {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await inView(page, button);
  await click(page, button);
  await inView(page, report);
  const pages = await print(page, name);
  return { page, pages, text: readBack(name) };
}

test('the poster “Vous avez dit, nous avons fait” prints on one A4 page, in large type', { timeout: 240_000 }, async () => {
  const { page, pages, text } = await printReport('#open-poster', '.poster', 'results-poster');
  console.log(`[print] poster: ${pages} A4 page(s)\n[print] poster text: ${text}`);
  assert.equal(pages, 1);
  assert.match(text, /Maison de santé des Tilleuls — 2026/);
  assert.match(text, /Vous avez dit, nous avons fait/);
  assert.match(text, /En 2026, 17 personnes ont répondu à notre questionnaire/);
  // Worked out from print-page.fixture.ts: overall 13 of 17, accueil 12, joindre 12 (oui), prise de rendez-vous 13.
  // (The fixture stores every signup as received: Farid counts, 8 signups.)
  assert.match(text, /8 personnes sur 10 sont contentes de nous, dans l’ensemble/);
  assert.match(text, /7 personnes sur 10 trouvent l’accueil bien ou très bien/);
  assert.match(text, /7 personnes sur 10 disent qu’il est facile de nous joindre/);
  assert.match(text, /8 personnes sur 10 trouvent la prise de rendez-vous bien ou très bien/);
  assert.match(text, /C’est fait : Premier atelier le 3 décembre/);
  assert.match(text, /Vous avez dit : « Mettre plus de chaises dans la salle d’attente/);
  assert.match(text, /Une idée sur : Locaux et accessibilité C’est prévu : La rampe est commandée/);
  assert.match(text, /Pas retenue : Notre logiciel ne le permet pas/);
  assert.match(text, /Créer un comité d’usagers qui se réunit deux fois par an \(d’ici mars 2027\)/);
  assert.match(text, /Affiche du \d+ \S+ 20\d\d/);
  assert.doesNotMatch(text, /horaires des médecins/, 'an idea without an answer stays off the poster');
  assert.doesNotMatch(text, /Résultats|Imprimer|Retour/, 'only the poster prints');
  await page.close();
});

test('the yearly summary for the ACI report prints on one A4 page', { timeout: 240_000 }, async () => {
  const { page, pages, text } = await printReport('#open-summary', '.yearly-summary', 'results-yearly-summary');
  console.log(`[print] yearly summary: ${pages} A4 page(s)\n[print] summary text: ${text}`);
  assert.equal(pages, 1);
  assert.match(text, /Implication des usagers : bilan 2026/);
  assert.match(text, /Campagnes menées 2 Réponses reçues 17/);
  assert.match(text, /Campagne 2026-T3 2 réponses/);
  assert.match(text, /Idées reçues 5 Idées reçues qui ont une réponse de l’équipe 4/);
  assert.match(text, /Idées au statut « Réalisée » 2/);
  assert.match(text, /Événements tenus 0 Événements à venir 2 Inscriptions 8 Places confirmées 8/);
  assert.match(text, /Auto-évaluations faites dans l’année 1/);
  assert.match(text, /Niveau ACI soutenu \(auto-évaluation du 15 octobre 2026\) 2/);
  assert.match(text, /Niveau ACI avant \(auto-évaluation du 11 novembre 2025\) 1/);
  assert.match(text, /Gouvernance 1 – Information → 3 – Collaboration/);
  await page.close();
});
