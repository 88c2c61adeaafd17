import { plural } from '../../../core/i18n.js';
import type { CallForCandidatesKind, EventKind } from '../event-signup.schema.js';
import { withFrenchSpacing } from '../../../core/french-typography.js';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The event signup's strings. French is the source; other locales must provide every key. Written
 * with ordinary spaces; `withFrenchSpacing` puts the no-break ones before : ; ! ? and inside « ».
 * The structure's name is never put after a preposition or an article ("par Maison de santé…"):
 * it stands alone, before a colon or in brackets, whatever the team calls itself.
 */
const strings = {
  heading: 'Prochains événements',
  intro: (structure: string | undefined) =>
    structure
      ? `${structure} : ateliers, rencontres et appels à participer, ouverts aux usagers et, selon l’événement, à leurs proches.`
      : 'Ateliers, rencontres et appels à participer, ouverts aux usagers et, selon l’événement, à leurs proches.',
  kinds: {
    atelier: 'Atelier',
    'atelier-etp': 'Atelier d’éducation thérapeutique',
    'groupe-de-marche': 'Groupe de marche',
    'soiree-debat': 'Soirée-débat',
    'projection-debat': 'Projection-débat',
    'portes-ouvertes': 'Portes ouvertes',
    'reunion-echange': 'Réunion d’échange',
    'appel-candidatures-comite': 'Appel à candidatures : comité des usagers',
    'appel-candidatures-patient-partenaire': 'Appel à candidatures : patient partenaire',
    'appel-candidatures-co-animation-etp': 'Appel à candidatures : animer des ateliers avec les soignants',
    'appel-candidatures-groupe-de-travail': 'Appel à candidatures : groupe de travail',
  } satisfies Record<EventKind, string>,
  /** What the person will do, when the team does not say it in its own words (`call.role`). */
  callRoles: {
    'appel-candidatures-comite':
      'Avec d’autres usagers et des professionnels, vous donnez votre avis sur l’accueil, les projets et les actions de l’équipe. Votre expérience de patient ou de proche suffit : pas besoin d’être spécialiste.',
    'appel-candidatures-patient-partenaire':
      'Vous apportez votre expérience de patient ou de proche aux professionnels, et vous construisez avec eux des actions, des documents d’information ou des formations, d’égal à égal.',
    'appel-candidatures-co-animation-etp':
      'Vous vivez avec une maladie de longue durée, ou vous aidez un proche qui en vit une ? Avec un soignant, vous animez des ateliers où d’autres personnes apprennent à mieux vivre avec la même maladie (ce qu’on appelle l’éducation thérapeutique). Votre expérience compte autant que ses connaissances.',
    'appel-candidatures-groupe-de-travail':
      'Avec quelques professionnels et d’autres usagers, vous préparez un projet précis, par exemple l’accueil, un document d’information ou un atelier, en quelques réunions.',
  } satisfies Record<CallForCandidatesKind, string>,
  callLabels: {
    role: 'Votre rôle',
    time: 'Temps à prévoir',
    training: 'Formation',
    compensation: 'Frais et indemnités',
    charter: 'Charte de l’engagement',
    phone: 'Pour en parler',
  },
  charterLink: 'Lire la charte de l’engagement',
  charterHint: 'Les règles que professionnels et usagers s’engagent à respecter ensemble.',
  /** Followed by the number, as a link: "Appelez-nous au 02 31 00 00 00." */
  callUs: 'Appelez-nous au',
  /** Information-only events: nothing to fill in. */
  noSignup: 'Sans inscription : il suffit de venir. Rien à remplir, aucune donnée demandée.',
  /** Followed by the number, as a link. */
  questionCallUs: 'Une question ? Appelez-nous au',
  loading: 'Chargement des événements…',
  none: 'Aucun événement n’est ouvert aux inscriptions pour le moment. Revenez bientôt ou demandez à l’accueil.',
  feedFailed: 'La liste des événements n’a pas pu être chargée. Réessayez plus tard ou demandez à l’accueil.',
  /** "14 h 30", "9 h". */
  time: (hour: number, minute: number) => (minute === 0 ? `${hour} h` : `${hour} h ${two(minute)}`),
  timeRange: (start: string, end: string) => `de ${start} à ${end}`,
  untilDay: (day: string, time: string) => `jusqu’au ${day} à ${time}`,
  duration: (minutes: number) => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours === 0) return `${rest} min`;
    if (hours >= 24 && rest === 0 && hours % 24 === 0) return plural('fr', hours / 24, { one: `${hours / 24} jour`, other: `${hours / 24} jours` });
    return rest === 0 ? `${hours} h` : `${hours} h ${two(rest)}`;
  },
  clockBack: 'Attention : la nuit du changement d’heure, les montres reculent d’une heure pendant l’événement (la durée tient compte de ce changement).',
  clockForward: 'Attention : la nuit du changement d’heure, les montres avancent d’une heure pendant l’événement (la durée tient compte de ce changement).',
  labels: {
    when: 'Quand',
    duration: 'Durée',
    place: 'Lieu',
    access: 'Accessibilité',
    theme: 'Thème',
    objectives: 'Objectifs',
    objective: 'Objectif',
    audience: 'Pour qui',
    seats: 'Places',
    deadline: 'Inscription',
    /** "When", for a call for candidates: its date is the first meeting. */
    firstMeeting: 'Première rencontre',
    /** "Signup", for a call for candidates. */
    deadlineCall: 'Candidatures',
  },
  wheelchair: 'Accessible en fauteuil roulant.',
  notWheelchair: 'Pas accessible en fauteuil roulant : appelez-nous, nous chercherons une solution.',
  seatsLeft: (count: number) => plural('fr', count, { one: `Il reste ${count} place`, other: `Il reste ${count} places` }),
  seatsOf: (capacity: number) => `sur ${capacity}`,
  full: 'Complet : vous pouvez vous inscrire sur la liste d’attente.',
  waitingCount: (count: number) =>
    count === 0 ? '' : plural('fr', count, { one: `${count} inscription en attente.`, other: `${count} inscriptions en attente.` }),
  deadlineDay: (day: string) => `Jusqu’au ${day} inclus.`,
  deadlineAt: (day: string, time: string) => `Jusqu’au ${day}, ${time}.`,
  closed: 'Les inscriptions sont closes.',
  candidacyNote: 'Pas de nombre de places : chaque candidature est lue par l’équipe.',
  signUp: 'S’inscrire',
  joinWaitingList: 'S’inscrire sur la liste d’attente',
  apply: 'Proposer ma candidature',
  /** Read after the signup button's text by screen readers, so that each button names its event. */
  eventSuffix: (title: string) => ` : ${title}`,
  cancel: 'Revenir à la liste des événements',
  addToCalendar: 'Ajouter à mon agenda',
  delivered: 'Votre inscription en attente vient d’être envoyée.',
  /** What the read-aloud button beside an event says: kind, title, day and time, place. */
  spokenEvent: (kind: string, title: string, when: string, place: string) => `${kind} : ${title}. ${when}. Lieu : ${place}.`,
  /** The read-aloud button's label beside the form's notices. */
  listenNotice: 'ce message',
};

export type EventSignupStrings = typeof strings;

export const eventSignupFr: EventSignupStrings = withFrenchSpacing(strings);
