// A real WordPress for the plugin's tests, on loopback only: Debian's wordpress, MariaDB and PHP
// (installed with apt-get when missing and running as root), MariaDB in a temporary data folder,
// PHP's built-in server with a router, WordPress installed by a PHP script, the plugin installed and
// activated FROM THE ZIP (release/msp-widgets-wordpress.zip), an editor, a subscriber, and pages.
// `stop()` shuts MariaDB down and kills PHP. One WordPress per test file.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = new URL('../../', import.meta.url).pathname;
const php = join(repoRoot, 'wordpress/tests/php');
const zipPath = join(repoRoot, 'release/msp-widgets-wordpress.zip');

const debianPackages = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql', 'php-json-schema', 'php-mbstring', 'phpunit'];

/** True when every program the tests need is there. */
function toolsPresent(): boolean {
  const modules = spawnSync('php', ['-m'], { encoding: 'utf8' });
  return (
    existsSync('/usr/share/wordpress/wp-load.php') &&
    existsSync('/usr/sbin/mariadbd') &&
    existsSync('/usr/bin/mariadb-install-db') &&
    existsSync('/usr/bin/phpunit') &&
    modules.status === 0 &&
    /^mysqli$/m.test(modules.stdout)
  );
}

/** Installs Debian's packages when missing (as root); otherwise says which command to run. */
export function ensureWordPressTools(): void {
  if (toolsPresent()) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`WordPress tests need Debian packages: run as root \`apt-get install -y ${debianPackages.join(' ')}\``);
  }
  console.log(`[wordpress] installing ${debianPackages.join(', ')} with apt-get…`);
  execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${debianPackages.join(' ')} >/dev/null`], {
    stdio: 'inherit',
  });
  if (!toolsPresent()) throw new Error('apt-get ran but WordPress, MariaDB or PHP is still missing');
}

/** Builds dist/ when it is missing, then the zip (always: the plugin's PHP may have changed). */
export function ensurePluginZip(): string {
  if (!existsSync(join(repoRoot, 'dist/envelope.schema.json')) || !existsSync(join(repoRoot, 'dist/idea-box.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  execFileSync(process.execPath, [join(repoRoot, 'scripts/wordpress-zip.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  return zipPath;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface WordPressUser {
  login: string;
  password: string;
  email: string;
  id: number;
}

export interface WordPressOptions {
  /** Block pages to create: slug → post content. */
  pages?: Record<string, string>;
}

export class WordPressSite {
  readonly dir: string;
  readonly docroot: string;
  url = '';
  private mariadb: ChildProcess | undefined;
  private phpServer: ChildProcess | undefined;
  private socket: string;
  users: Record<'editor' | 'subscriber' | 'admin', WordPressUser> = {} as never;
  pages: Record<string, { id: number; url: string }> = {};

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'msp-wp-'));
    this.docroot = join(this.dir, 'www');
    this.socket = join(this.dir, 'mysqld.sock');
  }

  /** Everything, from the packages to the pages. */
  static async start(options: WordPressOptions = {}): Promise<WordPressSite> {
    ensureWordPressTools();
    const zip = ensurePluginZip();
    const site = new WordPressSite();
    try {
      await site.startDatabase();
      await site.startPhp();
      site.install(zip, options);
    } catch (error) {
      await site.stop();
      throw error;
    }
    return site;
  }

  private async startDatabase(): Promise<void> {
    const data = join(this.dir, 'mysql');
    mkdirSync(data);
    execFileSync('mariadb-install-db', ['--user=root', `--datadir=${data}`, '--auth-root-authentication-method=socket', '--skip-test-db'], { stdio: 'ignore' });
    const port = await freePort();
    this.mariadb = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        '--user=root',
        `--datadir=${data}`,
        `--socket=${this.socket}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${join(this.dir, 'mysqld.pid')}`,
        `--log-error=${join(this.dir, 'mysqld.log')}`,
        '--innodb-buffer-pool-size=32M',
        '--max-connections=60',
        '--skip-log-bin',
      ],
      { stdio: 'ignore' },
    );
    await waitFor(() => spawnSync('mariadb-admin', ['-uroot', `--socket=${this.socket}`, 'ping'], { stdio: 'ignore' }).status === 0, 30_000, 'MariaDB');
    execFileSync('mariadb', [
      '-uroot',
      `--socket=${this.socket}`,
      '-e',
      "CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wp'@'127.0.0.1' IDENTIFIED BY 'wp-test'; GRANT ALL ON wordpress.* TO 'wp'@'127.0.0.1';",
    ]);
    this.dbPort = port;
  }

  private dbPort = 0;

  private async startPhp(): Promise<void> {
    cpSync('/usr/share/wordpress', this.docroot, {
      recursive: true,
      dereference: true,
      filter: (source) => !source.endsWith('/.htaccess') && !source.endsWith('/wp-config.php'),
    });
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(this.docroot, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp-test' );
define( 'DB_HOST', '127.0.0.1:${this.dbPort}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '${this.url}' );
define( 'WP_SITEURL', '${this.url}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', __DIR__ . '/debug.log' );
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].map((name) => `define( '${name}_KEY', '${name.toLowerCase()}-key-for-tests-only' ); define( '${name}_SALT', '${name.toLowerCase()}-salt-for-tests-only' );`).join('\n')}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
    );
    mkdirSync(join(this.docroot, 'wp-content/mu-plugins'), { recursive: true });
    cpSync(join(php, 'fault-mu-plugin.php'), join(this.docroot, 'wp-content/mu-plugins/msp-test-fault.php'));
    // Several workers: concurrent requests really run at the same time (the seat lock is tested).
    // Its own process group (detached): the workers are its children, and are stopped with it.
    this.phpServer = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', this.docroot, join(php, 'router.php')], {
      stdio: 'ignore', // php -S logs every request on stderr
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    await waitFor(async () => (await fetch(`${this.url}/readme.html`)).ok, 15_000, 'PHP server');
  }

  private install(zip: string, options: WordPressOptions): void {
    const out = execFileSync('php', [join(php, 'install.php'), this.docroot, this.url, zip], { encoding: 'utf8' });
    if (!out.includes('"ok":true')) throw new Error(`WordPress install: ${out}`);
    this.users.admin = { login: 'admin', password: 'admin-password-1', email: 'admin@msp-tilleuls.test', id: 1 };
    // Users and pages in one PHP run (each run loads WordPress: about a second on a busy machine).
    const people = [
      { role: 'editor', login: 'claire' },
      { role: 'subscriber', login: 'sam' },
    ] as const;
    const pages = Object.entries(options.pages ?? {});
    const code = [
      'wp_set_current_user( 1 ); $ids = array();',
      ...people.map(
        ({ role, login }) =>
          `$ids[] = wp_insert_user( array( 'user_login' => '${login}', 'user_pass' => '${login}-password-1', 'user_email' => '${login}@msp-tilleuls.test', 'role' => '${role}' ) );`,
      ),
      ...pages.map(
        ([slug, content]) =>
          `$ids[] = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_name' => ${phpString(slug)}, 'post_title' => ${phpString(slug)}, 'post_content' => ${phpString(content)} ) );`,
      ),
      'return $ids;',
    ].join('\n');
    const ids = this.eval<number[]>(code);
    people.forEach(({ role, login }, index) => {
      this.users[role] = { login, password: `${login}-password-1`, email: `${login}@msp-tilleuls.test`, id: ids[index]! };
    });
    pages.forEach(([slug], index) => {
      this.pages[slug] = { id: ids[people.length + index]!, url: `${this.url}/${slug}/` };
    });
  }

  /** Runs PHP inside this WordPress (the body of a function) and returns its JSON-decoded result. */
  eval<T = unknown>(code: string): T {
    const result = spawnSync('php', [join(php, 'wp-eval.php'), this.docroot, code], {
      encoding: 'utf8',
      env: { ...process.env, MSP_WP_HOST: this.url.replace('http://', '') },
    });
    const marker = result.stdout.lastIndexOf('@@MSP@@');
    if (result.status !== 0 || marker < 0) throw new Error(`PHP failed (${result.status}): ${result.stdout}\n${result.stderr}`);
    return JSON.parse(result.stdout.slice(marker + '@@MSP@@'.length)) as T;
  }

  /** SQL through MariaDB's client (root, socket): rows as arrays of strings. */
  sql(query: string): string[][] {
    const out = execFileSync('mariadb', ['-uroot', `--socket=${this.socket}`, '-N', '-B', 'wordpress', '-e', query], { encoding: 'utf8' });
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t'));
  }

  /** Makes POST /submissions answer 503 (or stop doing so). */
  setFault(on: boolean): void {
    const file = join(this.docroot, '.msp-fault');
    if (on) writeFileSync(file, '1');
    else rmSync(file, { force: true });
  }

  faultHits(): number {
    try {
      return execFileSync('cat', [join(this.docroot, '.msp-fault-hits')], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean).length;
    } catch {
      return 0;
    }
  }

  /** Logs in through wp-login.php; returns the cookie header and a REST nonce. */
  async login(user: WordPressUser): Promise<{ cookie: string; nonce: string }> {
    const jar = new Map<string, string>([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
    const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const keep = (response: Response) => {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const index = pair!.indexOf('=');
        jar.set(pair!.slice(0, index), pair!.slice(index + 1));
      }
    };
    const response = await fetch(`${this.url}/wp-login.php`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: header() },
      body: new URLSearchParams({ log: user.login, pwd: user.password, testcookie: '1', 'wp-submit': 'Se connecter', redirect_to: `${this.url}/wp-admin/` }),
    });
    keep(response);
    await response.body?.cancel();
    if (response.status !== 302) throw new Error(`login of ${user.login} failed: HTTP ${response.status}`);
    const nonceResponse = await fetch(`${this.url}/wp-admin/admin-ajax.php?action=rest-nonce`, { headers: { Cookie: header() } });
    const nonce = await nonceResponse.text();
    if (!/^[0-9a-f]{10}$/.test(nonce)) throw new Error(`no REST nonce for ${user.login}: ${nonce.slice(0, 200)}`);
    return { cookie: header(), nonce };
  }

  async stop(): Promise<void> {
    const started = Date.now();
    if (this.phpServer?.pid && this.phpServer.exitCode === null) {
      const exited = new Promise((resolve) => this.phpServer!.once('exit', resolve));
      // The whole group: PHP's server and the workers PHP_CLI_SERVER_WORKERS started (they outlive a
      // SIGTERM to their parent alone).
      try {
        process.kill(-this.phpServer.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      try {
        process.kill(-this.phpServer.pid, 'SIGKILL');
      } catch {
        // all stopped
      }
    }
    if (this.mariadb && this.mariadb.exitCode === null) {
      const exited = new Promise((resolve) => this.mariadb!.once('exit', resolve));
      spawnSync('mariadb-admin', ['-uroot', `--socket=${this.socket}`, 'shutdown'], { stdio: 'ignore' });
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (this.mariadb.exitCode === null) this.mariadb.kill('SIGKILL');
    }
    rmSync(this.dir, { recursive: true, force: true });
    if (Date.now() - started > 10_000) console.log(`[wordpress] stopping took ${Date.now() - started} ms`);
  }
}

/** A PHP single-quoted string literal. */
export function phpString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
