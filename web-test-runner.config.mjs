// Tests run in real headless Chromium (Debian's package) against real collectors started here.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { findChromium } from './scripts/ensure-setup.mjs';
import { faultProxyCommands } from './test/servers/fault-proxy-plugin.mjs';
import { cspMiddleware } from './test/servers/csp-server.mjs';
import { pageCommands } from './test/servers/page-commands-plugin.mjs';

register();
const { Collector, CollectorServer } = await import('./collector/collector.ts');
const { openPglite } = await import('./collector/db.ts');

/**
 * Collectors started by tests, by id. They share one PGlite database (opening one costs seconds of
 * WASM start, too much per test), opened once while the browser starts; each collector has its
 * own structure (its own slug, token, origins, data), so nothing leaks between tests, and a restart
 * is a new collector on the same structure.
 */
const collectors = new Map();
let nextId = 1;
let sharedDatabase;
const database = () => (sharedDatabase ??= openPglite(mkdtempSync(join(tmpdir(), 'msp-collector-tests-'))));
// Opened before the browser starts: on a loaded machine the WASM start takes longer than a test
// command may wait (20 s), so the first test must not be the one that waits for it.
await database();

/**
 * DevTools offline emulation also cuts the page's link to this runner, so the page cannot ask to come
 * back online: we answer first, go offline shortly after, and come back by ourselves.
 */
function offlineFor(page, ms) {
  setTimeout(async () => {
    await page.setOfflineMode(true);
    setTimeout(() => void page.setOfflineMode(false), ms);
  }, 100);
  return true;
}

/** Server commands the tests call through executeServerCommand (see test/helpers/collector.ts). */
function collectorCommands() {
  return {
    name: 'msp-collector-commands',
    async executeCommand({ command, payload, session }) {
      const entry = payload && collectors.get(payload.id);
      switch (command) {
        case 'collector-start': {
          const id = String(nextId++);
          const options = {
            database: await database(),
            slug: `test-${id}`,
            readToken: `test-token-${id}`,
            allowedOrigins: payload?.origins ?? [],
            maxBodyBytes: payload?.maxBodyBytes,
            log: () => {},
          };
          const server = new CollectorServer(new Collector(options));
          await server.up();
          collectors.set(id, { server, options });
          return { id, url: server.url, token: options.readToken };
        }
        case 'collector-fault':
          entry.server.collector.setFault(payload.fault);
          return true;
        case 'collector-down':
          await entry.server.down();
          return true;
        case 'collector-up':
          await entry.server.up();
          return true;
        case 'collector-restart': {
          // A new process on the same data folder: what was stored must still be there.
          await entry.server.down();
          await entry.server.collector.close();
          const server = new CollectorServer(new Collector(entry.options));
          await server.up(entry.server.port);
          entry.server = server;
          return true;
        }
        case 'collector-records':
          return (await entry.server.collector.records()).map((record) => record.envelope);
        case 'collector-posts-seen':
          return entry.server.collector.postsSeen;
        case 'collector-stop':
          await entry.server.down();
          await entry.server.collector.close();
          collectors.delete(payload.id);
          return true;
        case 'browser-offline-for':
          return offlineFor(session.browser.getPage(session.id), payload.ms);
        default:
          return undefined;
      }
    },
  };
}

/** Writes the totals for .ci/run, which ends its output with "N passed, N failed". */
function totalsReporter() {
  const count = (suite, totals) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite.suites ?? []) count(child, totals);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length, filesInError: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.filesInError++;
      }
      writeFileSync('test-results.json', JSON.stringify(totals));
    },
  };
}

const chromium = findChromium();

export default {
  // test/node/ holds the Node-side tests (scripts/test-node.mjs runs them).
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 600_000,
  // A loaded machine (CI next to other work) can take more than the default 30 s to open a test page.
  browserStartTimeout: 120_000,
  // A sandboxed iframe (opaque origin, no IndexedDB) loads the test modules cross-origin.
  middleware: [
    async (context, next) => {
      await next();
      context.set('Access-Control-Allow-Origin', '*');
    },
    // Strict-CSP pages and their same-origin receiving endpoint (test/csp/).
    cspMiddleware(),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), collectorCommands(), faultProxyCommands(), pageCommands()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--no-first-run',
          // Two test files run at once; the one in the background must keep its timers and frames.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
      // Each test file in a browser context of its own: two files running at once never share
      // localStorage (a language chosen in one must not reach the other through a storage event).
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
    }),
  ],
  testFramework: { config: { timeout: 30_000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="fr">
      <head><meta charset="utf-8" /></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), totalsReporter()],
};
