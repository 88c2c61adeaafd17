// The reference collector as a command.
//   npm run collector -- [serve] --port 8787 --data ./donnees --origin https://www.msp-exemple.fr [--events evenements.json]
//   npm run collector -- serve --federation --database postgres://collecteur@127.0.0.1/msp
//   npm run collector -- structure add <slug> --name "MSP des Tilleuls" --origin https://… [--contacts-months 12] [--submissions-months 36]
//   npm run collector -- structure list | rotate-token <slug> | set <slug> [--name …] [--origin …] [--contacts-months N] [--submissions-months N]
//   npm run collector -- import <dossier-jsonl> [--structure <slug>]
// The database: PostgreSQL with --database or DATABASE_URL, else PGlite in <data>/pglite.
// A token is printed once, when it is made (first start, `structure add`, `rotate-token`), never in the service's log after.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { eventFeedSchema, type EventItem } from '../src/contracts/event-signup.js';
import { checkConfig } from '../src/core/config-problems.js';
import { Collector, CollectorServer } from './collector.js';
import { openDatabase } from './db.js';
import { importJsonLines } from './import-jsonl.js';
import { migrate } from './schema.js';
import { DEFAULT_SLUG, Store } from './store.js';

export async function startCollector(options: {
  port: number;
  host?: string;
  dataDir: string;
  databaseUrl?: string | undefined;
  origins?: string[];
  token?: string | undefined;
  federation?: boolean;
  events?: EventItem[];
  name?: string | undefined;
}) {
  const collector = new Collector({
    dataDir: options.dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.federation ? { single: false } : {}),
    ...(options.origins ? { allowedOrigins: options.origins } : {}),
    ...(options.token ? { readToken: options.token } : {}),
    ...(options.events ? { events: options.events } : {}),
    ...(options.name ? { structureName: options.name } : {}),
  });
  const server = new CollectorServer(collector, options.host ?? '127.0.0.1');
  await server.up(options.port);
  return server;
}

/** Events from a JSON file in the feed format (`{ "events": [...] }`), checked like the widget checks them. */
export function readEventsFile(path: string): EventItem[] {
  const checked = checkConfig(eventFeedSchema, JSON.parse(readFileSync(path, 'utf8')), 'config');
  if (!checked.ok) throw new Error(`${path} : ${checked.problems.map((p) => `${p.path} : ${p.expected}`).join(' ; ')}`);
  return checked.value.events;
}

const shared = {
  data: { type: 'string', default: '.collector-data' },
  database: { type: 'string' },
} as const;

async function admin(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      ...shared,
      name: { type: 'string' },
      origin: { type: 'string', multiple: true },
      'contacts-months': { type: 'string' },
      'submissions-months': { type: 'string' },
    },
  });
  const slug = positionals[0];
  const db = await openDatabase({ databaseUrl: values.database ?? process.env.DATABASE_URL, dataDir: values.data });
  try {
    await migrate(db);
    const store = new Store(db);
    const months = (value: string | undefined) => (value === undefined ? undefined : Math.max(1, Math.round(Number(value))));
    const fields = {
      ...(values.name ? { name: values.name } : {}),
      ...(values.origin ? { origins: values.origin.map((origin) => new URL(origin).origin) } : {}),
      ...(months(values['contacts-months']) ? { contactsMonths: months(values['contacts-months'])! } : {}),
      ...(months(values['submissions-months']) ? { submissionsMonths: months(values['submissions-months'])! } : {}),
    };
    if (action === 'list') {
      for (const s of await store.structures()) {
        console.log(
          `${s.slug}\t${s.name}\torigines: ${s.origins.join(' ') || '—'}\tjetons actifs: ${s.tokens}\tenvois: ${s.submissions}\tcontacts ${s.contactsMonths} mois, le reste ${s.submissionsMonths} mois`,
        );
      }
      return;
    }
    if (!slug || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(slug)) throw new Error('Un identifiant de structure (a-z, 0-9, -) est attendu');
    if (action === 'add') {
      if (await store.structure(slug)) throw new Error(`La structure ${slug} existe déjà`);
      const structure = await store.saveStructure({ slug, ...fields });
      const token = await store.issueToken(structure.id, 'structure add');
      console.log(`Structure ${slug} créée : routes sous /s/${slug}/`);
      console.log(`Jeton de l’équipe (affiché une seule fois, gardé haché) : ${token}`);
    } else if (action === 'set') {
      if (!(await store.structure(slug))) throw new Error(`Pas de structure ${slug}`);
      const structure = await store.saveStructure({ slug, ...fields });
      console.log(
        `Structure ${slug} : ${structure.name}, origines ${structure.origins.join(' ') || '—'}, contacts ${structure.contactsMonths} mois, le reste ${structure.submissionsMonths} mois`,
      );
    } else if (action === 'rotate-token') {
      const structure = await store.structure(slug);
      if (!structure) throw new Error(`Pas de structure ${slug}`);
      const token = await store.issueToken(structure.id, 'rotate-token', { revokeOthers: true });
      console.log(`Nouveau jeton pour ${slug} (les précédents ne valent plus rien) : ${token}`);
    } else {
      throw new Error(`Action inconnue : structure ${action ?? ''} (add, list, set, rotate-token)`);
    }
  } finally {
    await db.close();
  }
}

async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...shared, structure: { type: 'string', default: DEFAULT_SLUG } } });
  const dir = positionals[0];
  if (!dir) throw new Error('Le dossier des fichiers .jsonl est attendu');
  const db = await openDatabase({ databaseUrl: values.database ?? process.env.DATABASE_URL, dataDir: values.data });
  try {
    await migrate(db);
    const store = new Store(db);
    const structure =
      (await store.structure(values.structure)) ?? (values.structure === DEFAULT_SLUG ? await store.saveStructure({ slug: DEFAULT_SLUG }) : undefined);
    if (!structure) throw new Error(`Pas de structure ${values.structure}`);
    const summary = await importJsonLines(store, structure.id, dir);
    console.log(
      `Import de ${dir} dans ${structure.slug} : ${summary.submissions} envoi(s) importé(s), ${summary.alreadyThere} déjà là, ${summary.actions} action(s), ${summary.events} événement(s) défini(s) par leur première capacité`,
    );
    for (const torn of summary.torn) console.log(`  ligne illisible ignorée : ${torn.file}, ligne ${torn.line} (son envoi n’avait pas reçu de 2xx)`);
  } finally {
    await db.close();
  }
}

async function serve(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      ...shared,
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      origin: { type: 'string', multiple: true },
      token: { type: 'string' },
      events: { type: 'string' },
      name: { type: 'string' },
      federation: { type: 'boolean', default: false },
    },
  });
  const databaseUrl = values.database ?? process.env.DATABASE_URL;
  const server = await startCollector({
    port: Number(values.port),
    host: values.host,
    dataDir: values.data,
    databaseUrl,
    federation: values.federation,
    ...(values.origin ? { origins: values.origin } : {}),
    token: values.token ?? process.env.MSP_COLLECTOR_TOKEN,
    ...(values.events ? { events: readEventsFile(values.events) } : {}),
    name: values.name,
  });
  // Keep the process alive (the server is unref'd so tests can exit).
  setInterval(() => {}, 1 << 30);
  const where = databaseUrl ? 'PostgreSQL' : `PGlite dans ${values.data}/pglite`;
  console.log(
    values.federation ? `Collecteur (fédération) : ${server.url}/s/<structure>/submissions (${where})` : `Collecteur : ${server.url}/submissions (${where})`,
  );
  if (server.collector.createdToken) console.log(`Jeton de l’équipe, créé maintenant (affiché une seule fois, gardé haché) : ${server.collector.createdToken}`);
  const stop = async () => {
    await server.down();
    await server.collector.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, ...args] = process.argv.slice(2);
  try {
    if (command === 'structure') await admin(args);
    else if (command === 'import') await importCommand(args);
    else if (command === 'serve') await serve(args);
    else await serve(process.argv.slice(2));
  } catch (error) {
    console.error(`Erreur : ${(error as Error).message}`);
    process.exit(1);
  }
}
