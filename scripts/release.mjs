// `npm run release`: the files a webmaster uploads, in release/msp-widgets-<version>.zip:
//   msp-widgets/<version>/            upload this whole folder (an update is a new folder: a browser
//                                     that cached the old files never mixes them with the new ones)
//     idea-box.js …                   one ES module per widget, chunks/ beside them (needed)
//     msp-widgets-public.js           the four usager widgets in one module (no team results view)
//     msp-widgets.js                  every widget, the team's results view included
//     classique/<widget>.js           classic scripts (no type="module") per usager widget, and
//                                     classique/msp-widgets-public.js
//     envelope.schema.json            the submission format, for who writes an endpoint
//     integrity.json                  sha384 of every file, for `integrity="…"`
//   cartes-sources/<version>/         source maps, kept apart (not to upload)
//   LISEZMOI.txt                      one page, in French: what to upload where, the snippets
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const root = join('release', `msp-widgets-${version}`);
const widgets = join(root, 'msp-widgets', version);
const maps = join(root, 'cartes-sources', version);
const usagerWidgets = ['idea-box', 'satisfaction-survey', 'event-signup', 'continuum-check'];

function run(command, args, env = {}) {
  // A release is a production build: Vite keeps a NODE_ENV it finds (Node's test runner sets "test"),
  // which would ship Lit's development build and its console warning.
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production', ...env } });
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

rmSync(root, { recursive: true, force: true });
rmSync(`${root}.zip`, { force: true });
mkdirSync(widgets, { recursive: true });

// ES modules (per widget, all-in-one, public all-in-one) and the schema: the ordinary build.
run('npm', ['run', '--silent', 'build']);
cpSync('dist', widgets, { recursive: true });
rmSync(join(widgets, 'msp-widgets.iife.js'), { force: true });
// Type declarations are for developers who install the npm package, not for a website.
rmSync(join(widgets, 'types'), { recursive: true, force: true });
rmSync(join(widgets, 'msp-widgets.iife.js.map'), { force: true });

// Classic scripts, one build each (an IIFE has one entry).
const classicDir = join(widgets, 'classique');
const scratch = join('release', '.classic');
for (const name of [...usagerWidgets, 'msp-widgets-public']) {
  rmSync(scratch, { recursive: true, force: true });
  run('npx', ['vite', 'build', '--mode', 'iife'], { MSP_CLASSIC: name, MSP_OUT_DIR: scratch });
  mkdirSync(classicDir, { recursive: true });
  renameSync(join(scratch, `${name}.iife.js`), join(classicDir, `${name}.js`));
  renameSync(join(scratch, `${name}.iife.js.map`), join(classicDir, `${name}.js.map`));
}
rmSync(scratch, { recursive: true, force: true });

// Source maps apart, with the same paths: a map's `file` and the script's sourceMappingURL still
// match once both folders sit side by side on a developer's machine.
for (const file of walk(widgets).filter((f) => f.endsWith('.map'))) {
  const target = join(maps, relative(widgets, file));
  mkdirSync(dirname(target), { recursive: true });
  renameSync(file, target);
}
// The scripts must not point to maps that are not uploaded (the browser would ask for them).
for (const file of walk(widgets).filter((f) => f.endsWith('.js'))) {
  const text = readFileSync(file, 'utf8');
  const stripped = text.replace(/\n\/\/# sourceMappingURL=[^\n]+\s*$/, '\n');
  if (stripped !== text) writeFileSync(file, stripped);
}

// Subresource Integrity of every file (after the map comments are gone).
const integrity = {};
for (const file of walk(widgets).sort()) {
  integrity[relative(widgets, file)] = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}
writeFileSync(join(widgets, 'integrity.json'), JSON.stringify(integrity, null, 2) + '\n');

const base = `/msp-widgets/${version}`;
const tag = (file, extra = '') => `<script${extra} src="${base}/${file}" integrity="${integrity[file]}" crossorigin="anonymous"></script>`;
const lisezmoi = `msp-widgets ${version} — à lire avant d'installer
${'='.repeat(44 + version.length)}

Des widgets pour impliquer les usagers de votre maison de santé : boîte à idées,
questionnaire de satisfaction, inscription aux ateliers, auto-évaluation de l'équipe.

1. CE QU'IL FAUT ENVOYER SUR VOTRE SITE
   Copiez le dossier « msp-widgets » EN ENTIER à la racine de votre site (par FTP ou
   avec le gestionnaire de fichiers de votre hébergeur), sous-dossiers compris :
       msp-widgets/${version}/            ← tout ce dossier, avec « chunks » et « classique »
   Un fichier seul (idea-box.js par exemple) ne suffit pas : il appelle les fichiers
   du dossier « chunks ». Le dossier « cartes-sources » ne sert qu'aux développeurs :
   ne l'envoyez pas.
   Mise à jour : envoyez le nouveau dossier (msp-widgets/<nouvelle version>/) à côté de
   l'ancien, changez le numéro dans vos pages, puis supprimez l'ancien dossier.

2. DANS VOTRE PAGE (bloc « HTML personnalisé » de WordPress, ou votre éditeur HTML)
   Boîte à idées :
       ${tag('idea-box.js', ' type="module"')}
       <msp-idea-box structure-name="Maison de santé des Tilleuls"></msp-idea-box>
   Questionnaire de satisfaction :
       ${tag('satisfaction-survey.js', ' type="module"')}
       <msp-satisfaction-survey structure-name="Maison de santé des Tilleuls"></msp-satisfaction-survey>
   Tous les widgets pour les usagers en un seul fichier :
       ${tag('msp-widgets-public.js', ' type="module"')}

   Si votre site refuse type="module" (certains constructeurs de sites), prenez la
   version classique du même widget :
       ${tag('classique/idea-box.js')}
       ${tag('classique/satisfaction-survey.js')}

3. OÙ VONT LES RÉPONSES
   Sans attribut « endpoint », les réponses restent dans le navigateur de l'appareil
   (pratique pour une tablette en salle d'attente). Pour les recevoir, ajoutez
   endpoint="https://votre-collecteur.fr/submissions" (le collecteur de l'association
   ou de votre fédération, ou l'extension WordPress msp-widgets).

4. SI RIEN NE S'AFFICHE
   Ouvrez la console du navigateur (F12) : le widget y écrit ce qui ne va pas et ce
   qu'il faut corriger. Vérifiez que le dossier « chunks » a bien été envoyé.

Les attributs « integrity » ci-dessus garantissent que le navigateur n'exécute que
ces fichiers-là, octet pour octet (integrity.json les donne pour chaque fichier).
Documentation complète, en français : docs/demarrage.md du projet (démarrage en cinq minutes),\ndocs/recettes.md (WordPress, constructeurs de sites), et le README de chaque widget.
`;
writeFileSync(join(root, 'LISEZMOI.txt'), lisezmoi);

// The zip: the folders above at its root.
function zipFrom(dir) {
  execFileSync('zip', ['-q', '-r', '-X', join('..', `msp-widgets-${version}.zip`), 'msp-widgets', 'cartes-sources', 'LISEZMOI.txt'], { cwd: dir });
}
rmSync(`${root}.zip`, { force: true });
zipFrom(root);

const size = (path) => statSync(path).size;
const total = walk(widgets).reduce((sum, file) => sum + size(file), 0);
console.log(`release/msp-widgets-${version}.zip: ${(size(`${root}.zip`) / 1024).toFixed(0)} KB`);
console.log(`  msp-widgets/${version}/ (to upload): ${walk(widgets).length} files, ${(total / 1024).toFixed(0)} KB`);
console.log(`  cartes-sources/${version}/ (not to upload): ${(walk(maps).reduce((s, f) => s + size(f), 0) / 1024).toFixed(0)} KB`);
if (!existsSync(join(widgets, 'chunks'))) throw new Error('the release has no chunks/ folder');
