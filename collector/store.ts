import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Envelope } from '../src/core/envelope.js';

/** One accepted submission as the collector keeps it (no IP address, no headers). */
export interface CollectedRecord {
  /** The Idempotency-Key (equal to the envelope id). */
  key: string;
  /** sha256 of the exact body, to tell a replay from a different body under the same key. */
  bodyHash: string;
  /** The answer given the first time, given again to a replay. */
  status: number;
  response: Record<string, unknown>;
  envelope: Envelope;
  /** Day of receipt for anonymous kinds, instant otherwise. */
  receivedAt: string;
}

/**
 * An append-only JSON-lines file, fsynced on every write, read back whole at start: a restart loses
 * nothing. Small by design (an MSP gets hundreds of submissions a year, not millions).
 */
export class JsonLinesFile<T> {
  private readonly items: T[] = [];
  private handle: Promise<FileHandle> | undefined;
  private writing: Promise<void> = Promise.resolve();
  readonly path: string;

  constructor(dataDir: string, name: string) {
    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, name);
    if (!existsSync(this.path)) return;
    for (const line of readFileSync(this.path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        this.items.push(JSON.parse(line) as T);
      } catch {
        // A line cut by a crash mid-write: its sender never got a 2xx and will send it again.
      }
    }
  }

  all(): T[] {
    return [...this.items];
  }

  /**
   * Appends and syncs to disk before resolving: only then may the sender be told 2xx, and only then
   * is the item visible (a replay must never answer 201 for what a failed write did not keep). A
   * failed write rejects this append only: the next one opens the file again.
   */
  append(item: T, options: { failWith?: Error } = {}): Promise<void> {
    const line = JSON.stringify(item) + '\n';
    const written = this.writing.then(async () => {
      if (options.failWith) throw options.failWith; // a simulated disk failure (collector faults)
      this.handle ??= open(this.path, 'a');
      const handle = await this.handle;
      await handle.appendFile(line, 'utf8');
      await handle.datasync();
    });
    this.writing = written.catch(() => {
      void this.handle?.then((handle) => handle.close()).catch(() => {});
      this.handle = undefined;
    });
    return written.then(() => this.onWritten(item));
  }

  /** Called once an item is safely on disk. */
  protected onWritten(item: T): void {
    this.items.push(item);
  }

  async close(): Promise<void> {
    await this.writing;
    await (await this.handle)?.close();
    this.handle = undefined;
  }
}

/** The submissions, indexed by Idempotency-Key. */
export class RecordFile extends JsonLinesFile<CollectedRecord> {
  private readonly byKey = new Map<string, CollectedRecord>();

  constructor(dataDir: string) {
    super(dataDir, 'submissions.jsonl');
    for (const record of super.all()) this.byKey.set(record.key, record);
  }

  get(key: string): CollectedRecord | undefined {
    return this.byKey.get(key);
  }

  override all(): CollectedRecord[] {
    return [...this.byKey.values()];
  }

  protected override onWritten(record: CollectedRecord): void {
    super.onWritten(record);
    this.byKey.set(record.key, record);
  }
}
