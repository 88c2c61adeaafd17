// The configurator: choose a widget and its options, see it live, copy the snippet (module and
// classic forms, with `integrity`). The options come from custom-elements.json (written by the
// build from the code), the hashes from the release's integrity.json: nothing here is a copy that
// could go stale. Plain JavaScript, no build step, run on the demo site (`npm start`).
const root = document.getElementById('configurateur');
const version = root.dataset.version;
const form = document.getElementById('reglages');
const select = document.getElementById('widget');
const fields = document.getElementById('attributs');
const preview = document.getElementById('apercu');
const status = document.getElementById('copie-etat');

/** What a webmaster reads: the widget's name, its module file, its classic file (none: team-only). */
const widgets = {
  'msp-idea-box': { label: 'Boîte à idées', file: 'idea-box.js', classic: 'classique/idea-box.js', about: 'Les usagers proposent une idée, anonyme ou avec un moyen d’être recontactés ; l’équipe y répond.' },
  'msp-satisfaction-survey': {
    label: 'Questionnaire de satisfaction',
    file: 'satisfaction-survey.js',
    classic: 'classique/satisfaction-survey.js',
    about: 'Le questionnaire trimestriel, anonyme, avec un brouillon gardé ; mode borne pour la tablette de la salle d’attente.',
  },
  'msp-event-signup': {
    label: 'Inscription aux ateliers et rencontres',
    file: 'event-signup.js',
    classic: 'classique/event-signup.js',
    about: 'L’agenda de l’équipe (flux JSON), avec les places restantes et la liste d’attente.',
  },
  'msp-continuum-check': {
    label: 'Auto-évaluation de l’équipe (continuum)',
    file: 'continuum-check.js',
    classic: 'classique/continuum-check.js',
    about: 'Pour l’équipe : où en sommes-nous de l’engagement des usagers ? À mettre sur une page de l’équipe.',
  },
  'msp-results': {
    label: 'Résultats (espace équipe)',
    file: 'results.js',
    classic: undefined,
    about: 'Pour l’équipe seulement, sur une page protégée : les idées, questionnaires et inscriptions reçus.',
  },
};

/** French labels and help for the attributes we know; any other attribute shows the manifest's words. */
const known = {
  'structure-name': ['Nom de la structure', 'Repris dans les textes et dans chaque envoi.', 'Maison de santé des Tilleuls'],
  endpoint: ['Adresse de collecte (endpoint)', 'Adresse https où envoyer les réponses. Vide : elles restent dans le navigateur de l’appareil.'],
  feed: ['Adresse du flux (feed)', 'Fichier JSON de l’équipe : idées auxquelles elle a répondu, ou agenda des événements.'],
  lang: ['Langue', 'Français par défaut ; sinon la langue de la page.'],
  'db-name': ['Nom de la base locale', 'Seulement pour séparer deux sites sur une même adresse.'],
  campaign: ['Campagne', 'Pour regrouper les réponses d’une période, par exemple 2026-T4 (le trimestre en cours par défaut).'],
  kiosk: ['Mode borne', 'Tablette en salle d’attente : grandes cibles, aucun brouillon, retour au début pour la personne suivante.'],
  'contact-channel': ['Moyen de contact demandé', 'Téléphone, e-mail, ou au choix de la personne (par défaut).'],
  phone: ['Téléphone de la structure', 'Affiché pour s’inscrire ou poser une question par téléphone.'],
  'charter-url': ['Adresse de la charte d’engagement', 'Lien donné avec les appels à candidatures.'],
  'recipient-name': ['Destinataire de l’auto-évaluation', 'Qui la reçoit quand une adresse de collecte est donnée (votre fédération).'],
  'structure-type': ['Type de structure', 'msp (par défaut), cds, esp ou cpts.'],
  source: ['Adresse du collecteur à lire', 'Sans elle, la vue lit les données de ce navigateur.'],
  'retention-months': ['Durée de conservation locale (mois)', '12 par défaut.'],
  'heading-level': ['Niveau du titre du widget', 'Le niveau qui suit le titre de votre page (2 sous un titre h1).'],
  'hide-heading': ['Masquer le titre du widget', 'Quand votre page a déjà son propre titre juste au-dessus.'],
  'easy-read': ['Facile à lire (FALC) par défaut', 'Phrases courtes et mots simples ; la personne peut revenir au texte courant.'],
};
/** Not offered here: set by the WordPress extension, or given as JSON rather than an attribute. */
const skipped = new Set(['rest-nonce', 'definition']);
const choiceLabels = { phone: 'téléphone', email: 'e-mail', either: 'au choix de la personne', fr: 'français', en: 'anglais', ar: 'arabe' };

const escapeAttr = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Values listed in the manifest's description as `a`, `b` or `c`: a choice list. */
function choicesOf(attribute) {
  if (attribute.name === 'lang') return ['fr', 'en', 'ar'];
  if (attribute.name === 'heading-level') return ['2', '3', '4', '5', '6'];
  const words = [...(attribute.description ?? '').matchAll(/`([a-z][a-z-]*)`/g)].map((m) => m[1]);
  return words.length >= 2 ? [...new Set(words)] : undefined;
}

let manifest;
let integrity;

function elementsOf(data) {
  return data.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName && widgets[d.tagName]));
}

function field(attribute, index) {
  const id = `attr-${index}`;
  const [label, help, initial] = known[attribute.name] ?? [attribute.name, attribute.description ?? ''];
  const wrap = document.createElement('p');
  const type = attribute.type?.text ?? 'string';
  const helpId = `${id}-aide`;
  const helpText = `<span class="aide" id="${helpId}">${escapeAttr(help)} <code>${attribute.name}</code></span>`;
  if (/\bboolean\b/.test(type)) {
    wrap.className = 'case';
    wrap.innerHTML = `<input type="checkbox" id="${id}" data-attribute="${attribute.name}" aria-describedby="${helpId}" /> <label for="${id}">${escapeAttr(label)}</label>${helpText}`;
    return wrap;
  }
  const choices = choicesOf(attribute);
  if (choices) {
    const options = ['<option value="">(par défaut)</option>', ...choices.map((c) => `<option value="${c}">${escapeAttr(choiceLabels[c] ?? c)}</option>`)];
    wrap.innerHTML = `<label for="${id}">${escapeAttr(label)}</label>${helpText}<select id="${id}" data-attribute="${attribute.name}" aria-describedby="${helpId}">${options.join('')}</select>`;
    return wrap;
  }
  const inputType = /\bnumber\b/.test(type) ? 'number' : 'text';
  wrap.innerHTML = `<label for="${id}">${escapeAttr(label)}</label>${helpText}<input type="${inputType}" id="${id}" data-attribute="${attribute.name}" aria-describedby="${helpId}" autocomplete="off" />`;
  if (initial) wrap.querySelector('input').value = initial;
  return wrap;
}

function showFields() {
  const element = elementsOf(manifest).find((d) => d.tagName === select.value);
  document.getElementById('widget-description').textContent = widgets[select.value].about;
  fields.replaceChildren(...(element.attributes ?? []).filter((a) => !skipped.has(a.name)).map(field));
}

/** The chosen attributes, in the manifest's order: [name, value] (value '' for a boolean). */
function chosen() {
  return [...fields.querySelectorAll('[data-attribute]')].flatMap((input) => {
    if (input.type === 'checkbox') return input.checked ? [[input.dataset.attribute, '']] : [];
    const value = input.value.trim();
    return value ? [[input.dataset.attribute, value]] : [];
  });
}

function tagHtml(tag, attributes) {
  const text = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');
  return `<${tag}${text}></${tag}>`;
}

function scriptHtml(file, module) {
  const base = document.getElementById('base').value.trim().replace(/\/+$/, '');
  return `<script${module ? ' type="module"' : ''} src="${escapeAttr(`${base}/${file}`)}" integrity="${integrity[file]}" crossorigin="anonymous"></script>`;
}

function update() {
  const tag = select.value;
  const widget = widgets[tag];
  const attributes = chosen();
  const element = tagHtml(tag, attributes);
  document.getElementById('code-module').textContent = `${scriptHtml(widget.file, true)}\n${element}`;
  const classicCode = document.getElementById('code-classique');
  const classicButton = document.getElementById('copier-classique');
  classicCode.textContent = widget.classic
    ? `${scriptHtml(widget.classic, false)}\n${element}`
    : 'La vue des résultats est réservée à l’équipe : elle n’existe qu’en version module, pour une page protégée.';
  classicButton.disabled = !widget.classic;
  // A new element each time: the preview is what a fresh page shows with these attributes.
  const live = document.createElement(tag);
  for (const [name, value] of attributes) live.setAttribute(name, value);
  preview.replaceChildren(live);
  status.textContent = '';
}

async function copy(which) {
  const text = document.getElementById(`code-${which}`).textContent;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = `Code ${which === 'module' ? 'module' : 'classique'} copié : collez-le dans votre page.`;
  } catch {
    // No clipboard (page not in https, permission refused): select the text for a Ctrl+C.
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(`code-${which}`));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = 'Copie automatique impossible ici : le code est sélectionné, faites Ctrl+C (ou Cmd+C).';
  }
}

async function start() {
  [manifest, integrity] = await Promise.all([
    fetch('/custom-elements.json').then((r) => r.json()),
    fetch(`/msp-widgets/${version}/integrity.json`).then((r) => r.json()),
  ]);
  const tags = elementsOf(manifest).map((d) => d.tagName);
  select.replaceChildren(
    ...Object.keys(widgets)
      .filter((tag) => tags.includes(tag))
      .map((tag) => new Option(widgets[tag].label, tag)),
  );
  showFields();
  update();
  select.addEventListener('change', () => {
    showFields();
    update();
  });
  let timer;
  form.addEventListener('input', (event) => {
    if (event.target === select) return;
    clearTimeout(timer);
    timer = setTimeout(update, 300);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('copier-module').addEventListener('click', () => copy('module'));
  document.getElementById('copier-classique').addEventListener('click', () => copy('classique'));
  root.dataset.ready = 'true';
}

start().catch((error) => {
  status.textContent = `Le configurateur n’a pas pu lire la liste des widgets : ${error.message}`;
  console.error(error);
});
