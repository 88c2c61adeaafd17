// The demo site's server, shared by `npm start` (scripts/start.ts) and the demo's Node test.
//
// It serves what a webmaster would have on their own site, and nothing else:
//   /demo/…                        the fictional MSP's pages (demo/), plain HTML and the site's own CSS;
//   /msp-widgets/<version>/…       the release folder exactly as `npm run release` writes it (built,
//                                  minified files: no Lit dev-mode warning, the same bytes as the zip,
//                                  so the configurator's `integrity` values are the release's);
//   /custom-elements.json          the manifest the configurator reads its options from.
// In the pages' HTML, `{{collector}}` becomes the local collector's address, `{{site}}` the demo's
// own (as the browser asked for it), `{{version}}` the
// package's version and `{{sri <file>}}` that file's sha384 (from the release's integrity.json).
// Nothing else is rewritten: no address is hard-coded in a page.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { readEventsFile, startCollector } from '../collector/cli.js';

const root = resolve(import.meta.dirname, '..');
export const version: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
/** The folder a webmaster uploads, inside the unpacked release. */
export const releaseFolder = join(root, 'release', `msp-widgets-${version}`, 'msp-widgets', version);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function newest(dir: string): number {
  let time = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    time = Math.max(time, stat.isDirectory() ? newest(path) : stat.mtimeMs);
  }
  return time;
}

/**
 * Builds the release (`npm run release`) when it is missing or older than the sources: the demo
 * serves the files a webmaster uploads, never the sources through a dev server.
 */
export function ensureRelease(log: (line: string) => void = console.log): void {
  const stamp = join(releaseFolder, 'integrity.json');
  const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs);
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return;
  log('  Construction de la version à téléverser (npm run release)…');
  // release.mjs starts by removing the old folder: keep it aside until the new one is built.
  const folder = join(root, 'release', `msp-widgets-${version}`);
  const previous = join(root, 'release', `.msp-widgets-${version}.previous`);
  rmSync(previous, { recursive: true, force: true });
  // Only a complete release (its integrity.json is written last) is worth keeping.
  if (existsSync(stamp)) renameSync(folder, previous);
  try {
    // NODE_ENV=production: under any other value (test runners set `test`) Vite resolves Lit's
    // development build, and every page logs "Lit is in dev mode".
    execFileSync(process.execPath, ['scripts/release.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    // Sources being edited may not build for a moment: the last release built still serves.
    if (!existsSync(previous)) throw error;
    rmSync(folder, { recursive: true, force: true });
    renameSync(previous, folder);
    log('  La construction a échoué (voir ci-dessus) : le site sert la dernière version construite.');
  }
}

/** A file under `base`, or undefined when the path leaves it. */
function inside(base: string, path: string): string | undefined {
  const file = normalize(join(base, path));
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

export interface DemoOptions {
  /** The demo site's port (0: any free port). */
  port: number;
  /** The collector's port (0: any free port). */
  collectorPort: number;
  /** The collector's data folder (PGlite). */
  dataDir: string;
  /** The team's read token; without it the collector makes one and `token` gives it. */
  token?: string | undefined;
}

export interface RunningDemo {
  /** The demo's home page, `http://localhost:<port>/demo/`. */
  url: string;
  origin: string;
  collectorUrl: string;
  token: string | undefined;
  close(): Promise<void>;
}

const partial = (name: string) => readFileSync(join(root, 'demo', 'partials', `${name}.html`), 'utf8').trim();

/** Every page's banner, menu and footer: one copy each (demo/partials/), the current page marked in the menu. */
function withLayout(html: string, page: string): string {
  return html
    .replace('{{header}}', partial('header').replace(`href="./${page}"`, `href="./${page}" aria-current="page"`))
    .replace('{{footer}}', partial('footer'));
}

export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  const integrity = JSON.parse(readFileSync(join(releaseFolder, 'integrity.json'), 'utf8')) as Record<string, string>;
  let collectorUrl = '';

  const fill = (html: string, site: string, page: string) =>
    withLayout(html, page)
      .replaceAll('{{collector}}', collectorUrl)
      .replaceAll('{{site}}', site)
      .replaceAll('{{version}}', version)
      .replace(/\{\{sri ([^}\s]+)\}\}/g, (_, file: string) => {
        const hash = integrity[file];
        if (!hash) throw new Error(`demo: no integrity for ${file} in the release`);
        return hash;
      });

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (path === '/' || path === '/demo') return void response.writeHead(302, { Location: '/demo/' }).end();
    let file: string | undefined;
    if (path === '/custom-elements.json') file = join(root, 'custom-elements.json');
    else if (path.startsWith('/demo/')) file = inside(join(root, 'demo'), path.slice('/demo/'.length) || 'index.html');
    else if (path.startsWith(`/msp-widgets/${version}/`)) file = inside(releaseFolder, path.slice(`/msp-widgets/${version}/`.length));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // The server's own code and the test's files are not part of the site.
    if (!file || !existsSync(file) || /\.(ts|mjs)$/.test(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Page introuvable');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const body = type.startsWith('text/html') ? fill(readFileSync(file, 'utf8'), `http://${request.headers.host ?? 'localhost'}`, basename(file)) : readFileSync(file);
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => done());
  });
  const port = (server.address() as AddressInfo).port;
  const origins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];

  // The collector knows the demo's events (their capacity comes from the team, never from a signup).
  const collector = await startCollector({
    port: options.collectorPort,
    dataDir: options.dataDir,
    origins,
    token: options.token,
    name: 'Maison de santé des Tilleuls',
    events: readEventsFile(join(root, 'demo', 'evenements.json')),
  });
  collectorUrl = collector.url;

  return {
    url: `http://localhost:${port}/demo/`,
    origin: `http://localhost:${port}`,
    collectorUrl,
    token: options.token ?? collector.collector.readToken,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await collector.down();
      await collector.collector.close();
    },
  };
}
