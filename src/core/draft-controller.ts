import type { ReactiveController, ReactiveControllerHost } from 'lit';
/** The store (idb) loads with the first draft read or write, after the form is on screen. */
import { openLocalStore } from './storage-probe.js';

export interface DraftOptions {
  /** The draft's key (kind and page, say); undefined turns drafts off (kiosk mode: nothing personal left behind). */
  key: () => string | undefined;
  dbName: () => string;
  /** Wait this long after the last keystroke before writing (ms). */
  delayMs?: number;
}

/**
 * Keeps what a person typed in IndexedDB and gives it back when they return; cleared once submitted.
 * Writes are debounced, and flushed when the page is hidden so a closed tab loses nothing.
 */
export class DraftController<T> implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: { key: string; value: T } | undefined;
  private readonly onHide = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DraftOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onHide);
    window.addEventListener('pagehide', this.onHide);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onHide);
    window.removeEventListener('pagehide', this.onHide);
    void this.flush();
  }

  /** The stored draft, if any (undefined too when storage is unavailable). */
  async restore(): Promise<T | undefined> {
    const key = this.options.key();
    if (!key) return undefined;
    try {
      return await (await openLocalStore(this.options.dbName())).getDocument<T>('draft', key);
    } catch {
      return undefined;
    }
  }

  /** Remembers the value, written shortly after the person stops typing. */
  save(value: T): void {
    const key = this.options.key();
    if (!key) return;
    this.pending = { key, value };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? 400);
  }

  /** Writes a pending draft now. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return;
    try {
      await (await openLocalStore(this.options.dbName())).putDocument('draft', pending.key, pending.value);
    } catch {
      // No storage: the draft is a comfort, not a promise; the form itself still works.
    }
  }

  /** Forgets the draft (after a submission, or when the person empties the form). */
  async clear(): Promise<void> {
    clearTimeout(this.timer);
    this.pending = undefined;
    const key = this.options.key();
    if (!key) return;
    try {
      await (await openLocalStore(this.options.dbName())).deleteDocument('draft', key);
    } catch {
      // Nothing stored, nothing to clear.
    }
  }
}
