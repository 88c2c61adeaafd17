// Prints the results view to PDF with Chromium (A4, 15 mm margins) and counts the pages: one campaign's
// survey summary, and an event's sign-in sheet. Run: node --import tsx --test src/widgets/results/results-print.node-test.ts
// The PDFs and a PNG of their first pages (pdftoppm) go to coverage/print/ for a person to look at.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

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
  const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
  browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox'], protocolTimeout: 180_000 });
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
