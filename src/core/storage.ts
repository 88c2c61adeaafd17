import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Envelope, SubmissionKind } from './envelope.js';

/** A submission kept on this device because no endpoint is set (kiosk tablet, site with no back end). */
export interface StoredSubmission {
  id: string;
  kind: SubmissionKind;
  envelope: Envelope;
  /** When it was stored, ISO instant. */
  savedAt: string;
}

/** A submission waiting in the outbox for its endpoint. Removed only after a 2xx. */
export interface OutboxItem {
  id: string;
  kind: SubmissionKind;
  endpoint: string;
  envelope: Envelope;
  /**
   * `pending` is retried; `rejected` got a 4xx: a 401/403/404 is still retried slowly until `retryUntil`,
   * then (like any other 4xx at once) rejected for good — personal data erased, the copy deleted later.
   */
  state: 'pending' | 'rejected';
  attempts: number;
  /** Epoch ms before which the timer will not retry it (Retry-After, backoff). */
  nextAttemptAt: number;
  /** Epoch ms of a server's Retry-After: even a forced flush waits for it. */
  notBefore: number;
  queuedAt: string;
  lastStatus?: number;
  lastError?: string;
  /** Network failures in a row while the browser said it was online (CORS, DNS, TLS…). */
  onlineFailures?: number;
  /** Epoch ms: a refused item (401/403/404) is retried until then. Absent once rejected for good. */
  retryUntil?: number;
  /** Epoch ms it was rejected for good; the copy is deleted a bounded time after. */
  rejectedAt?: number;
  /** Its personal fields were removed when it was rejected for good. */
  personalDataErased?: boolean;
}

/** Anything a widget keeps on the device under a namespace: drafts, "already answered" markers, history. */
export interface StoredDocument<T = unknown> {
  namespace: string;
  key: string;
  value: T;
  updatedAt: string;
}

interface MspDatabase extends DBSchema {
  submissions: { key: string; value: StoredSubmission; indexes: { kind: string } };
  outbox: { key: string; value: OutboxItem; indexes: { state: string } };
  documents: { key: [string, string]; value: StoredDocument; indexes: { namespace: string } };
}

import { GroupCommit } from './group-commit.js';
import { DEFAULT_DATABASE } from './storage-probe.js';

/** A group takes what is asked in the same task (up to 100: one transaction stays short). */
const inOneTask = { maxGroup: 100, gather: () => Promise.resolve() };

export { DEFAULT_DATABASE };

/** Raised when this browser gives no IndexedDB (private mode, sandboxed iframe, storage blocked). */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/** One turn of delivery in the outbox: an item read again, or deleted once delivered. */
type OutboxTurn = { read: string } | { delete: string };

/** The device's store for submissions, the outbox and documents. One small interface, passed in. */
export class LocalStore {
  private constructor(private readonly db: IDBPDatabase<MspDatabase>) {}

  // Delivery reads an item again under its Web Lock and deletes it once delivered: with a few sends in
  // flight, the reads and deletes of items whose turns come close together share one transaction
  // (transactions on one store that writes run one after another, and a read waits for the writes
  // before it: a transaction each, or one for the reads and one for the deletes, would queue them all).
  private readonly outboxTurns = new GroupCommit<OutboxTurn, OutboxItem | undefined>((turns) => this.runOutboxTurns(turns), inOneTask);

  private static readonly opened = new Map<string, Promise<LocalStore>>();

  /** Opens (once per page) the database of that name; rejects with StorageUnavailableError. */
  static open(name: string = DEFAULT_DATABASE): Promise<LocalStore> {
    let pending = LocalStore.opened.get(name);
    if (!pending) {
      pending = LocalStore.connect(name);
      LocalStore.opened.set(name, pending);
      pending.catch(() => LocalStore.opened.delete(name));
    }
    return pending;
  }

  private static async connect(name: string): Promise<LocalStore> {
    if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('IndexedDB is not available');
    try {
      const db = await openDB<MspDatabase>(name, 1, {
        upgrade(database) {
          database.createObjectStore('submissions', { keyPath: 'id' }).createIndex('kind', 'kind');
          database.createObjectStore('outbox', { keyPath: 'id' }).createIndex('state', 'state');
          database.createObjectStore('documents', { keyPath: ['namespace', 'key'] }).createIndex('namespace', 'namespace');
        },
        // Another tab upgrading the schema: let it, and reopen on next use.
        blocking() {
          db.close();
          LocalStore.opened.delete(name);
        },
        terminated() {
          LocalStore.opened.delete(name);
        },
      });
      return new LocalStore(db);
    } catch (error) {
      throw new StorageUnavailableError(error instanceof Error ? error.message : String(error));
    }
  }

  /** Forgets the open connection (tests use fresh databases by name). */
  static close(name: string): void {
    void LocalStore.opened.get(name)?.then((store) => store.db.close());
    LocalStore.opened.delete(name);
  }

  // Submissions (local mode)
  async saveSubmission(envelope: Envelope): Promise<void> {
    await this.db.put('submissions', { id: envelope.id, kind: envelope.kind, envelope, savedAt: new Date().toISOString() });
  }
  listSubmissions(kind?: SubmissionKind): Promise<StoredSubmission[]> {
    return kind ? this.db.getAllFromIndex('submissions', 'kind', kind) : this.db.getAll('submissions');
  }
  /**
   * One page of the submissions, in the order `listSubmissions()` gives them (by id): at most `count`
   * whose id comes after `after` (from the first when undefined). A reader of 100,000 records
   * (the results view) reads them page by page: each page's copy out of IndexedDB is a short task,
   * where one getAll of everything is one long task on arrival.
   */
  listSubmissionsPage(after: string | undefined, count: number): Promise<StoredSubmission[]> {
    return this.db.getAll('submissions', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), count);
  }
  async deleteSubmissions(ids: Iterable<string>): Promise<void> {
    const tx = this.db.transaction('submissions', 'readwrite');
    await Promise.all([...Array.from(ids, (id) => tx.store.delete(id)), tx.done]);
  }

  // Outbox
  async putOutboxItem(item: OutboxItem): Promise<void> {
    await this.db.put('outbox', item);
  }
  /** Writes the item only if it is still in the outbox (one transaction); false when it is gone. */
  async replaceOutboxItem(item: OutboxItem): Promise<boolean> {
    const tx = this.db.transaction('outbox', 'readwrite');
    const present = (await tx.store.getKey(item.id)) !== undefined;
    if (present) await tx.store.put(item);
    await tx.done;
    return present;
  }
  getOutboxItem(id: string): Promise<OutboxItem | undefined> {
    return this.db.get('outbox', id);
  }
  listOutbox(): Promise<OutboxItem[]> {
    return this.db.getAll('outbox');
  }
  async deleteOutboxItem(id: string): Promise<void> {
    await this.db.delete('outbox', id);
  }
  /** The item, read in one transaction with the other reads and deletes asked meanwhile. */
  getOutboxItemGrouped(id: string): Promise<OutboxItem | undefined> {
    return this.outboxTurns.add({ read: id });
  }
  /** Deletes the item in one transaction with the other reads and deletes asked meanwhile; resolves once that transaction has committed. */
  async deleteOutboxItemGrouped(id: string): Promise<void> {
    await this.outboxTurns.add({ delete: id });
  }
  /**
   * Reads and deletes in the order asked, in one transaction (readonly when it only reads); each
   * settles once the transaction has committed, and all fail together when it fails (nothing deleted).
   */
  private async runOutboxTurns(turns: readonly OutboxTurn[]): Promise<Array<OutboxItem | undefined>> {
    // Typed as readwrite; opened readonly when no turn deletes (then `delete` is never called).
    const tx = this.db.transaction('outbox', turns.some((turn) => 'delete' in turn) ? 'readwrite' : ('readonly' as 'readwrite'));
    const done = turns.map((turn) => ('read' in turn ? tx.store.get(turn.read) : tx.store.delete(turn.delete)));
    const [results] = await Promise.all([Promise.all(done), tx.done]);
    return results.map((result) => result ?? undefined);
  }

  // Documents
  async getDocument<T>(namespace: string, key: string): Promise<T | undefined> {
    return (await this.db.get('documents', [namespace, key]))?.value as T | undefined;
  }
  async putDocument<T>(namespace: string, key: string, value: T): Promise<void> {
    await this.db.put('documents', { namespace, key, value, updatedAt: new Date().toISOString() });
  }
  async deleteDocument(namespace: string, key: string): Promise<void> {
    await this.db.delete('documents', [namespace, key]);
  }
  listDocuments<T>(namespace: string): Promise<StoredDocument<T>[]> {
    return this.db.getAllFromIndex('documents', 'namespace', namespace) as Promise<StoredDocument<T>[]>;
  }

  /** Asks the browser not to evict this origin's data (kiosk tablets). Resolves to whether it is granted. */
  static async requestPersistence(): Promise<boolean> {
    try {
      return (await navigator.storage?.persist?.()) ?? false;
    } catch {
      return false;
    }
  }
}
