// `npm start`: the demo site of a fictional MSP and the local collector, side by side.
//   PORT=5173            the demo site's port (http://localhost:PORT/demo/)
//   COLLECTOR_PORT=8787  the local collector's port (the demo's pages get its address from this server)
//   MSP_COLLECTOR_TOKEN  the team's read token (default: demo-token)
// The site serves the release folder (`npm run release`, rebuilt here when the sources are newer):
// the same minified files, with the same `integrity` values, as the zip a webmaster downloads.
import { ensureRelease, startDemo, version } from '../demo/serve.js';

const port = Number(process.env.PORT ?? 5173);
const collectorPort = Number(process.env.COLLECTOR_PORT ?? 8787);

ensureRelease();
const demo = await startDemo({ port, collectorPort, dataDir: '.collector-data', token: process.env.MSP_COLLECTOR_TOKEN ?? 'demo-token' });
setInterval(() => {}, 1 << 30);
const stop = () => void demo.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

console.log(`
  Site de démonstration : ${demo.url}
    Participer (boîte à idées, questionnaire), Agenda (inscriptions), Équipe (auto-évaluation),
    Résultats (espace équipe) : tout est envoyé au collecteur local ci-dessous.
  Configurateur           : ${demo.url}configurateur.html
  Fichiers servis         : ${demo.origin}/msp-widgets/${version}/  (le dossier de la version à téléverser)
  Collecteur local        : ${demo.collectorUrl}/submissions  (PostgreSQL embarqué, PGlite : .collector-data/pglite/)
  Jeton de lecture        : ${demo.token}
  Ports : PORT=${port} (site), COLLECTOR_PORT=${collectorPort} (collecteur) ; par exemple PORT=3000 COLLECTOR_PORT=3001 npm start
`);
