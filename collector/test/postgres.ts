// A throwaway PostgreSQL cluster for the tests: Debian's `postgresql` package (installed with apt-get
// when missing and root), a temp folder, a loopback port, run as the `postgres` user when we are root
// (PostgreSQL refuses to run as root). Stopped and removed at the end.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
  url: string;
  port: number;
  /** Stops the server (fast mode: open connections are cut). */
  stop(): void;
  start(): void;
  /** Stops and removes the cluster. */
  destroy(): void;
}

function binDir(): string {
  const base = '/usr/lib/postgresql';
  const find = () =>
    existsSync(base)
      ? readdirSync(base)
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => join(base, v, 'bin'))
          .find((dir) => existsSync(join(dir, 'initdb')))
      : undefined;
  let found = find();
  if (!found && process.getuid?.() === 0) {
    execFileSync('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null'], { stdio: 'inherit' });
    found = find();
  }
  if (!found) throw new Error('PostgreSQL introuvable : installez le paquet Debian postgresql (apt-get install postgresql)');
  return found;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = binDir();
  const root = mkdtempSync(join(tmpdir(), 'msp-pg-'));
  const asRoot = process.getuid?.() === 0;
  let uid = -1;
  if (asRoot) {
    uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chmodSync(root, 0o700);
    chownSync(root, uid, gid);
  }
  const run = (command: string, args: string[]) => {
    const result = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { encoding: 'utf8' })
      : spawnSync(join(bin, command), args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} : ${result.stderr || result.stdout}`);
  };
  const data = join(root, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=on`;
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', join(root, 'log'), '-w', 'start']);
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    destroy() {
      if (stopped) return;
      stopped = true;
      try {
        stop();
      } catch {
        // already down
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A fresh database in the cluster, for one test. */
export async function freshDatabase(pg: TestPostgres, name: string): Promise<string> {
  const { default: client } = await import('pg');
  const admin = new client.Client({ connectionString: pg.url });
  await admin.connect();
  await admin.query(`drop database if exists "${name}"`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  return pg.url.replace(/\/postgres$/, `/${name}`);
}
