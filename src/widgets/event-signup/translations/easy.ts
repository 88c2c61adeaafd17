import { plural } from '../../../core/i18n.js';
import { withFrenchSpacing } from '../../../core/french-typography.js';
import type { EventSignupStrings } from './fr.js';

// French easy-read ("facile à lire et à comprendre", FALC): every string rewritten, not copied.
// Everyday words; one idea per sentence, 15 words at most; "vous"; no abbreviation ("h", "min"),
// no "…", no brackets, no semicolon; numbers in digits, days in full; no code or reference; one word
// per thing ("inscription" for a signup, "proposition" for a candidacy, "événement" for any event);
// what matters first. The structure's name stands alone, as in fr.ts.

const two = (n: number) => String(n).padStart(2, '0');
// A no-break space keeps "16 heures 30" on one line.
const heures = (n: number) => plural('fr', n, { one: `${n}\u00a0heure`, other: `${n}\u00a0heures` });
const minutes = (n: number) => plural('fr', n, { one: `${n}\u00a0minute`, other: `${n}\u00a0minutes` });

const strings: EventSignupStrings = {
  heading: 'Nos prochains événements',
  intro: (structure) =>
    structure
      ? `${structure} : voici nos prochains événements. Tous les patients peuvent venir. Parfois, vos proches peuvent venir aussi.`
      : 'Voici nos prochains événements. Tous les patients peuvent venir. Parfois, vos proches peuvent venir aussi.',
  kinds: {
    atelier: 'Atelier',
    'atelier-etp': 'Atelier pour mieux vivre avec sa maladie',
    'groupe-de-marche': 'Marche en groupe',
    'soiree-debat': 'Soirée pour discuter',
    'projection-debat': 'Film, puis discussion',
    'portes-ouvertes': 'Portes ouvertes : venez visiter',
    'reunion-echange': 'Réunion pour parler ensemble',
    'appel-candidatures-comite': 'Nous cherchons des patients pour le comité des patients',
    'appel-candidatures-patient-partenaire': 'Nous cherchons des patients pour travailler avec nous',
    'appel-candidatures-co-animation-etp': 'Nous cherchons des patients pour animer des ateliers',
    'appel-candidatures-groupe-de-travail': 'Nous cherchons des patients pour un projet',
  },
  callRoles: {
    'appel-candidatures-comite':
      'Le comité des patients est un groupe. Il se réunit avec l’équipe. Vous donnez votre avis sur l’accueil et sur les projets. Tout le monde peut venir. Votre vie de patient ou de proche suffit.',
    'appel-candidatures-patient-partenaire':
      'Vous racontez votre vie de patient aux soignants. Ensemble, vous préparez des actions et des documents. Vous travaillez avec eux, à égalité.',
    'appel-candidatures-co-animation-etp':
      'Vous avez une longue maladie ? Vous aidez un proche malade ? Avec un soignant, vous animez des ateliers. Dans ces ateliers, des malades apprennent à mieux vivre. Votre expérience compte autant que celle du soignant.',
    'appel-candidatures-groupe-de-travail':
      'Vous préparez un projet avec l’équipe. Par exemple : l’accueil, un document ou un atelier. Le groupe se réunit quelques fois.',
  },
  callLabels: {
    role: 'Ce que vous faites',
    time: 'Le temps que ça prend',
    training: 'Pour apprendre',
    compensation: 'Vos frais',
    charter: 'Nos règles',
    phone: 'Pour parler avec nous',
  },
  charterLink: 'Lire nos règles',
  charterHint: 'Ce sont les règles pour bien travailler ensemble.',
  callUs: 'Appelez-nous au',
  noSignup: 'Venez directement. Il n’y a rien à remplir.',
  questionCallUs: 'Vous avez une question ? Appelez-nous au',
  loading: 'La liste des événements arrive. Attendez un instant.',
  none: 'Il n’y a pas d’événement pour le moment. Revenez bientôt. Vous pouvez aussi demander à l’accueil.',
  feedFailed: 'La liste des événements ne s’affiche pas. Réessayez plus tard. Vous pouvez aussi demander à l’accueil.',
  /** "14 heures 30", "9 heures": no "h". */
  time: (hour, minute) => (minute === 0 ? heures(hour) : `${heures(hour)}\u00a0${two(minute)}`),
  timeRange: (start, end) => `de ${start} à ${end}`,
  untilDay: (day, time) => `jusqu’au ${day} à ${time}`,
  duration: (total) => {
    const h = Math.floor(total / 60);
    const rest = total % 60;
    if (h === 0) return minutes(rest);
    if (h >= 24 && rest === 0 && h % 24 === 0) return plural('fr', h / 24, { one: `${h / 24} jour`, other: `${h / 24} jours` });
    return rest === 0 ? heures(h) : `${heures(h)} et ${minutes(rest)}`;
  },
  clockBack: 'Attention : pendant l’événement, on change d’heure. On recule les montres de 1 heure.',
  clockForward: 'Attention : pendant l’événement, on change d’heure. On avance les montres de 1 heure.',
  labels: {
    when: 'Quand ?',
    duration: 'Combien de temps ?',
    place: 'Où ?',
    access: 'Pour entrer',
    theme: 'Le sujet',
    objectives: 'Pourquoi venir ?',
    objective: 'Pourquoi venir ?',
    audience: 'Pour qui ?',
    seats: 'Places',
    deadline: 'Pour vous inscrire',
    firstMeeting: 'Première réunion',
    deadlineCall: 'Pour vous proposer',
  },
  wheelchair: 'Vous pouvez entrer en fauteuil roulant.',
  notWheelchair: 'L’entrée est difficile en fauteuil roulant. Appelez-nous. Nous allons chercher une solution.',
  seatsLeft: (n) => plural('fr', n, { one: `Il reste ${n} place`, other: `Il reste ${n} places` }),
  seatsOf: (capacity) => `sur ${capacity}`,
  full: 'C’est complet. Vous pouvez vous inscrire sur la liste d’attente.',
  waitingCount: (n) => (n === 0 ? '' : plural('fr', n, { one: `${n} personne attend une place.`, other: `${n} personnes attendent une place.` })),
  deadlineDay: (day) => `Jusqu’au ${day} au soir.`,
  deadlineAt: (day, time) => `Jusqu’au ${day}, à ${time}.`,
  closed: 'Les inscriptions sont terminées.',
  candidacyNote: 'L’équipe lit chaque proposition.',
  signUp: 'Je m’inscris',
  joinWaitingList: 'Je m’inscris sur la liste d’attente',
  apply: 'Je me propose',
  eventSuffix: (title) => ` : ${title}`,
  cancel: 'Retour à la liste des événements',
  addToCalendar: 'Ajouter à mon agenda',
  delivered: 'C’est fait : votre inscription est partie.',
  spokenEvent: (kind, title, when, place) => `${kind}. ${title}. ${when}. Où : ${place}.`,
  listenNotice: 'ce message',
};

export const eventSignupEasy: EventSignupStrings = withFrenchSpacing(strings);
