// Helpers shared by the results view's browser tests (named .test.ts so that it may use test/helpers; it holds no test).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Envelope } from '../../core/envelope.js';
import { LocalStore, type OutboxItem } from '../../core/storage.js';
import { TestCollector, freshDbName, waitFor } from '../../../test/helpers/collector.js';
import './results.js';
import type { MspResults, MspExportEvent } from './results.component.js';
import type { ResultItem } from './sources.js';

export interface Options {
  dbName?: string;
  source?: string;
  config?: Record<string, unknown>;
  lang?: string;
}

export async function renderResults(options: Options = {}): Promise<MspResults> {
  const el = await fixture<MspResults>(
    html`<msp-results
      db-name=${options.dbName ?? freshDbName('results')}
      source=${ifDefined(options.source)}
      lang=${ifDefined(options.lang)}
      .config=${options.config ?? {}}
    ></msp-results>`,
  );
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: MspResults, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector);
export const $$ = (el: MspResults, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const status = (el: MspResults) => $(el, '[role=status]')!.textContent!.trim();
/**
 * The view read its source and computed the figures of the panel shown: the kinds shown, no read
 * under way (the panel shows while reading, busy: issue 16) and no "Calcul en cours…" left.
 */
export const loaded = (el: MspResults) =>
  waitFor(() => Boolean($(el, '#kinds')) && !$(el, '[aria-busy="true"]') && !$(el, '#computing'), 10_000, 'results loaded');

/** Stores items as this device would: kept submissions, and outbox items waiting or refused. */
export async function seed(dbName: string, items: ResultItem[]): Promise<void> {
  const store = await LocalStore.open(dbName);
  for (const i of items) {
    if (i.origin === 'pending' || i.origin === 'rejected') {
      const outboxItem: OutboxItem = {
        id: i.id,
        kind: i.kind,
        endpoint: 'https://collecte.example.org/submissions',
        envelope: i.envelope,
        state: i.origin,
        attempts: 1,
        nextAttemptAt: Date.now() + 3_600_000,
        notBefore: 0,
        queuedAt: new Date().toISOString(),
        ...(i.origin === 'rejected' ? { lastStatus: 422 } : {}),
      };
      await store.putOutboxItem(outboxItem);
    } else await store.saveSubmission(i.envelope);
  }
}

/** The view over a fresh database seeded with `items`, once read (the figures of its first panel computed). */
/** Stores many submissions in this browser in one transaction (one `saveSubmission` each would take seconds). */
export async function seedMany(dbName: string, items: ResultItem[]): Promise<void> {
  await LocalStore.open(dbName); // creates the database at its current version
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction('submissions', 'readwrite');
  for (const item of items) tx.objectStore('submissions').put({ id: item.id, kind: item.kind, envelope: item.envelope, savedAt: item.receivedAt });
  await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
  db.close();
}

export async function seededResults(items: ResultItem[], options: Omit<Options, 'dbName'> = {}): Promise<MspResults> {
  const dbName = freshDbName('results');
  await seed(dbName, items);
  const el = await renderResults({ ...options, dbName });
  await loaded(el);
  return el;
}

export async function showKind(el: MspResults, kind: string): Promise<void> {
  $<HTMLInputElement>(el, `#kinds input[value="${kind}"]`)!.click();
  await el.updateComplete;
}

export async function exported(el: MspResults, button: string): Promise<MspExportEvent['detail']> {
  const event = oneEvent(el, 'msp-export');
  $(el, button)!.click();
  return ((await event) as MspExportEvent).detail;
}

/** POSTs an envelope to the collector, as a widget does (real request, real validation). */
export async function post(collector: TestCollector, envelope: Envelope): Promise<void> {
  const response = await fetch(collector.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id },
    body: JSON.stringify(envelope),
  });
  expect(response.status, await response.clone().text()).to.equal(201);
}

export async function typeToken(el: MspResults, token: string, remember = false): Promise<void> {
  const input = $<HTMLInputElement>(el, '#token')!;
  input.value = token;
  input.dispatchEvent(new Event('input'));
  if (remember) $<HTMLInputElement>(el, '#remember')!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, '.token-form button[type=submit]')!.click();
}
