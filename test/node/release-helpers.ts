// Shared by the release and demo Node tests: Debian's Chromium through puppeteer-core, a tiny
// static server (what a webmaster's host is: files, nothing else), console and request watching,
// and axe-core injected from node_modules.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../helpers/chromium.js';

export { launchChromium };

export const root = resolve(import.meta.dirname, '../..');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  /** Paths asked for, in order (the test checks nothing else was needed). */
  requested: string[];
  close(): Promise<void>;
}

/**
 * A plain static server: `folders` maps a URL prefix (`/msp-widgets/0.1.0/`) to a folder, `pages`
 * a path to an HTML page. No rewriting, no dev server, no CORS headers: a webmaster's host.
 */
export async function staticServer(folders: Record<string, string>, pages: Record<string, string> = {}): Promise<StaticServer> {
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requested.push(path);
    if (pages[path] !== undefined) return void response.writeHead(200, { 'Content-Type': types['.html']! }).end(pages[path]);
    for (const [prefix, folder] of Object.entries(folders)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(folder, path.slice(prefix.length)));
      if (file.startsWith(folder + sep) && existsSync(file) && statSync(file).isFile()) {
        return void response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
      }
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requested,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export interface Watched {
  /** Console errors and warnings, uncaught exceptions, failed requests. */
  problems: string[];
  /** Every URL the page asked for. */
  urls: string[];
}

/**
 * Watches a page: every console error or warning, page error, failed or 4xx/5xx request (the
 * browser's own favicon.ico aside), every URL.
 */
export async function watch(page: Page): Promise<Watched> {
  // tsx names functions (`__name(fn, 'visit')`): functions passed to evaluate() need that helper.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  const watched: Watched = { problems: [], urls: [] };
  page.on('console', (message) => {
    const favicon = message.location().url?.endsWith('/favicon.ico');
    if ((message.type() === 'error' || message.type() === 'warn') && !favicon) watched.problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('request', (request) => watched.urls.push(request.url()));
  page.on(
    'requestfailed',
    (request) =>
      new URL(request.url()).pathname !== '/favicon.ico' && watched.problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') watched.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return watched;
}

/** Waits until `tag`'s shadow root holds `selector` (the widget rendered its form, not a blank box). */
export async function rendered(page: Page, tag: string, selector: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (t, s) => {
      const element = document.querySelector(t);
      return Boolean(element?.shadowRoot?.querySelector(s));
    },
    { timeout },
    tag,
    selector,
  );
}

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core on the whole page, open shadow roots included: the violations, as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

/** Visible headings of the page and of the widgets' open shadow roots, in tree order: `h2 Boîte à idées`. */
export async function headings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (node: Document | ShadowRoot | Element) => {
      for (const element of node.querySelectorAll('*')) {
        const level = /^H([1-6])$/.exec(element.tagName)?.[1] ?? (element.getAttribute('role') === 'heading' ? element.getAttribute('aria-level') : null);
        if (level && (element as HTMLElement).checkVisibility?.() !== false) found.push(`h${level} ${element.textContent!.replace(/\s+/g, ' ').trim()}`);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}
