// Server commands that act on the test's own page through the DevTools protocol (puppeteer):
// screenshots written to test-output/screenshots/ (looked at after a run), CSS media emulation
// (forced colours, print, colour scheme) and the viewport. Browser side: test/helpers/page.ts.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const cdpSessions = new WeakMap();
const screenshotFolder = join(process.cwd(), 'test-output', 'screenshots');

export function pageCommands() {
  return {
    name: 'msp-page-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('page-')) return undefined;
      const page = session.browser.getPage(session.id);
      switch (command) {
        case 'page-screenshot': {
          mkdirSync(screenshotFolder, { recursive: true });
          const file = join(screenshotFolder, `${payload.name.replace(/[^\w.-]+/g, '-')}.png`);
          const clip = payload.clip && payload.clip.width > 0 && payload.clip.height > 0 ? payload.clip : undefined;
          await page.screenshot({ path: file, ...(clip ? { clip, captureBeyondViewport: true } : { fullPage: true }) });
          return file;
        }
        case 'page-emulate-media': {
          // Straight to DevTools: puppeteer's emulateMediaFeatures does not know forced-colors.
          const features = Object.entries(payload.features ?? {}).map(([name, value]) => ({ name, value }));
          const client = cdpSessions.get(page) ?? cdpSessions.set(page, await page.createCDPSession()).get(page);
          await client.send('Emulation.setEmulatedMedia', { media: payload.type ?? '', features });
          return true;
        }
        case 'page-viewport':
          await page.setViewport({ width: payload.width, height: payload.height, deviceScaleFactor: 1 });
          return true;
        default:
          return undefined;
      }
    },
  };
}
