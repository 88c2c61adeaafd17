import { executeServerCommand } from '@web/test-runner-commands';
import type { Envelope } from '../../src/core/envelope.js';
import type { Fault } from '../../collector/collector.js';

/** A real collector, in its own Node HTTP server and data folder, driven from a browser test. */
export class TestCollector {
  private constructor(
    readonly id: string,
    /** Base URL (another origin than the test page: CORS is exercised for real). */
    readonly url: string,
    readonly token: string,
  ) {}

  /** Starts one; `origins` are allowed by CORS (the test page's origin by default). */
  static async start(options: { origins?: string[]; maxBodyBytes?: number } = {}): Promise<TestCollector> {
    const payload = { origins: options.origins ?? [location.origin], ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}) };
    let started: { id: string; url: string; token: string } | undefined;
    try {
      started = await executeServerCommand<{ id: string; url: string; token: string }, object>('collector-start', payload);
    } catch (error) {
      // The first start waits for the shared database (PGlite's WASM start, seconds on a busy machine);
      // the runner gives up on a command after 20 s while the server side goes on: ask once more.
      if (!/Did not receive a server response/.test(String(error))) throw error;
      started = await executeServerCommand<{ id: string; url: string; token: string }, object>('collector-start', payload);
    }
    if (!started) throw new Error('collector-start failed');
    return new TestCollector(started.id, started.url, started.token);
  }

  /** Where widgets POST. */
  get endpoint(): string {
    return `${this.url}/submissions`;
  }

  fault(fault: Fault): Promise<unknown> {
    return executeServerCommand('collector-fault', { id: this.id, fault });
  }
  down(): Promise<unknown> {
    return executeServerCommand('collector-down', { id: this.id });
  }
  up(): Promise<unknown> {
    return executeServerCommand('collector-up', { id: this.id });
  }
  restart(): Promise<unknown> {
    return executeServerCommand('collector-restart', { id: this.id });
  }
  stop(): Promise<unknown> {
    return executeServerCommand('collector-stop', { id: this.id });
  }
  /** The envelopes it stored, read on the server side. */
  async records(): Promise<Envelope[]> {
    return (await executeServerCommand<Envelope[], object>('collector-records', { id: this.id })) ?? [];
  }
  /** How many POSTs reached it (a send under way shows here). */
  async postsSeen(): Promise<number> {
    return (await executeServerCommand<number, object>('collector-posts-seen', { id: this.id })) ?? 0;
  }
}

/**
 * Takes the page offline (DevTools network emulation: `navigator.onLine` false, real `offline` and
 * `online` events) for `ms`, then back online. Resolves once the page is offline.
 */
export async function goOfflineFor(ms: number): Promise<void> {
  await executeServerCommand('browser-offline-for', { ms });
  await waitFor(() => !navigator.onLine, 3000, 'the page to go offline');
}

/** Polls until `check` holds (or throws after `timeoutMs`). */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** A database name no other test uses. */
export function freshDbName(prefix = 'test'): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}
