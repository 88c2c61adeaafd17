// `npm start`: the demo site (Vite dev server) and the local collector, side by side.
import { createServer } from 'vite';
import { startCollector } from '../collector/cli.js';

const demoPort = Number(process.env.PORT ?? 5173);
const collectorPort = Number(process.env.COLLECTOR_PORT ?? 8787);
const origins = [`http://localhost:${demoPort}`, `http://127.0.0.1:${demoPort}`];

const collector = await startCollector({ port: collectorPort, dataDir: '.collector-data', origins, token: process.env.MSP_COLLECTOR_TOKEN ?? 'demo-token' });
const vite = await createServer({ server: { port: demoPort, strictPort: true, open: false }, appType: 'mpa' });
await vite.listen();
setInterval(() => {}, 1 << 30);

console.log(`
  Site de démonstration : http://localhost:${demoPort}/demo/
    – chaque widget enregistre dans ce navigateur (IndexedDB), sans serveur
    – page reliée au collecteur : http://localhost:${demoPort}/demo/collecteur.html
  Collecteur local        : ${collector.url}/submissions  (PostgreSQL embarqué, PGlite : .collector-data/pglite/)
  Jeton de lecture        : ${collector.collector.readToken}
`);
