// Chromium for the WordPress end-to-end tests (Debian's /usr/bin/chromium through puppeteer-core),
// and small helpers to act inside the widgets' shadow roots as a person would.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../test/helpers/chromium.js';

export async function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--headless=new'],
    headless: true,
  });
}

/** Records the widgets' msp-* events in `window.mspEvents` (set before the page's scripts run). */
export async function recordWidgetEvents(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { mspEvents: Array<{ type: string; detail: unknown }> };
    w.mspEvents = [];
    for (const type of ['msp-submitted', 'msp-delivered', 'msp-error']) {
      document.addEventListener(type, (event) => w.mspEvents.push({ type, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)) }));
    }
  });
}

export async function widgetEvents(page: Page): Promise<Array<{ type: string; detail: Record<string, unknown> }>> {
  return page.evaluate(() => (window as unknown as { mspEvents: Array<{ type: string; detail: Record<string, unknown> }> }).mspEvents);
}

/** Waits until `check` (run in the page with the widget's shadow root) is true. */
export async function waitInShadow(page: Page, tag: string, check: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (tag: string, check: string) => {
      const root = document.querySelector(tag)?.shadowRoot;
      return root ? Boolean(new Function('root', `return (${check})`)(root)) : false;
    },
    { timeout, polling: 100 },
    tag,
    check,
  );
}

/** Clicks the element matching `selector` in the widget's shadow root. */
export async function clickIn(page: Page, tag: string, selector: string): Promise<void> {
  await page.evaluate(
    (tag: string, selector: string) => {
      const target = document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(selector);
      if (!target) throw new Error(`no ${selector} in ${tag}`);
      target.click();
    },
    tag,
    selector,
  );
}

/** Types a value into a field of the widget (value + input event, as the widgets' own tests do). */
export async function typeIn(page: Page, tag: string, selector: string, value: string, eventType = 'input'): Promise<void> {
  await page.evaluate(
    (tag: string, selector: string, value: string, eventType: string) => {
      const field = document.querySelector(tag)!.shadowRoot!.querySelector<HTMLInputElement>(selector);
      if (!field) throw new Error(`no ${selector} in ${tag}`);
      field.value = value;
      field.dispatchEvent(new Event(eventType, { bubbles: true, composed: true }));
    },
    tag,
    selector,
    value,
    eventType,
  );
}

export async function shadowText(page: Page, tag: string): Promise<string> {
  return page.evaluate((tag: string) => document.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '', tag);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
