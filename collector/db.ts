// The collector's one small database interface, with two engines behind it that run the same SQL
// strings ($1, $2… parameters): PGlite (PostgreSQL compiled to WASM, embedded, in a data folder: the
// default, no server to install) and PostgreSQL itself through `pg` (production, federations).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Runs one statement and gives its rows. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Sql {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction (READ COMMITTED): committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * PGlite in `dataDir` (created when missing). A fresh folder is copied from a template made once per
 * machine (initdb takes seconds under WASM; a copy takes a fraction of one), so tests and first
 * starts stay fast. One process owns a data folder at a time.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    const template = await pgliteTemplate();
    mkdirSync(dataDir, { recursive: true });
    if (readdirSync(dataDir).length === 0) cpSync(template, dataDir, { recursive: true });
    else throw new Error(`${dataDir} n’est pas un dossier PGlite (et n’est pas vide)`);
  }
  const db = await PGlite.create(dataDir);
  let closed = false;
  return {
    engine: 'pglite',
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await db.query<Row>(text, params as unknown[])).rows;
    },
    transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      // PGlite is one connection: its transaction holds it, so other statements wait their turn.
      return db.transaction((tx) =>
        work({ query: async <Row>(text: string, params: readonly unknown[] = []) => (await tx.query<Row>(text, params as unknown[])).rows }),
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.close();
    },
  };
}

/** A cleanly closed, empty PGlite data folder in the machine's temp dir, made once per PGlite version. */
async function pgliteTemplate(): Promise<string> {
  // A template per PGlite version: a data folder made by one version may not open with another.
  const require = createRequire(import.meta.url);
  let version = 'unknown';
  try {
    let dir = dirname(require.resolve('@electric-sql/pglite'));
    while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
    version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // not found: the folder is still a valid empty cluster for the version that made it
  }
  const template = join(tmpdir(), `msp-collector-pglite-template-${version}`);
  if (existsSync(join(template, 'PG_VERSION'))) return template;
  const { PGlite } = await import('@electric-sql/pglite');
  const building = mkdtempSync(join(dirname(template), 'msp-collector-pglite-building-'));
  const db = await PGlite.create(building);
  await db.query('select 1');
  await db.close();
  try {
    renameSync(building, template);
  } catch {
    // another process made it first: theirs is as good
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}

/** PostgreSQL through a `pg` pool; a dropped connection (server restart) fails its request, the next ones reconnect. */
export async function openPostgres(connectionString: string, options: { max?: number } = {}): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
  // An idle connection cut by a server restart is reported here; without a listener it would end the process.
  pool.on('error', () => {});
  // A connection cut while checked out is reported on its client, and its query fails anyway. The listener
  // goes on when the client is made ('connect' is emitted before the client is handed out): a server
  // shutting down can send its "terminating connection" in the same packet as the connection's
  // ReadyForQuery, so the error comes before an `await pool.connect()` resumes (it ended the process).
  pool.on('connect', (client) => client.on('error', () => {}));
  const wrap = (client: { query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }): Sql => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await client.query(text, params as unknown[])).rows as Row[];
    },
  });
  return {
    engine: 'postgres',
    ...wrap(pool),
    async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError as Error; // the connection is gone: do not give it back to the pool
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** PostgreSQL when a URL is given, else PGlite in `<dataDir>/pglite` (beside any old `.jsonl` files). */
export function openDatabase(where: { databaseUrl?: string | undefined; dataDir?: string | undefined }): Promise<Database> {
  if (where.databaseUrl) return openPostgres(where.databaseUrl);
  return openPglite(join(where.dataDir ?? '.collector-data', 'pglite'));
}
