// Debian's Chromium through puppeteer-core, launched one way for every Node script and test that
// drives a browser (the release and demo tests, the benchmarks, the results' print test).
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Headless flags: no sandbox (CI runs as root), no GPU, no /dev/shm limit, no traffic of Chromium's own. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Where Chromium is: `CHROME_PATH`, else Debian's package; undefined when none is there. */
export function chromiumPath(): string | undefined {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path): path is string => !!path && existsSync(path));
}

/** Headless Chromium; `protocolTimeout` is how long one DevTools call may take (a long page or a PDF wants more). */
export async function launchChromium({ protocolTimeout = 120_000 }: { protocolTimeout?: number } = {}): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium (npm test installs it as root)');
  return puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS], protocolTimeout });
}
