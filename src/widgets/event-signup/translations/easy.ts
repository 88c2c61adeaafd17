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
  candidacyReassurance: 'Vous vous proposez. L’équipe vous appelle pour en parler. Ensuite, vous choisissez : oui ou non.',
  noSignup: 'Venez directement. Il n’y a rien à remplir.',
  questionCallUs: 'Vous avez une question ? Appelez-nous au',
  infoCalendarHint: 'L’événement va dans l’agenda de votre téléphone. Vous aurez un rappel la veille.',
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
  formHeading: (title) => `Je m’inscris : ${title}`,
  candidacyHeading: (title) => `Je me propose : ${title}`,
  waitingListNotice:
    'Cet événement est complet. Vous pouvez vous inscrire sur la liste d’attente. Si une place se libère, l’équipe vous prévient. Attention : pour le moment, vous attendez une place.',
  privacyTitle: 'Ce que nous vous demandons, et pourquoi',
  privacyIntro: 'Nous demandons très peu de choses.',
  whoSees: (recipient) => `Qui lit votre inscription : ${recipient}. Personne d’autre.`,
  defaultRecipient: (structure) => (structure ? `l’équipe qui organise l’événement, ${structure}` : 'l’équipe qui organise l’événement'),
  retention: (text) => `Combien de temps nous la gardons : ${text}.`,
  defaultRetention: 'jusqu’à la fin de l’événement. Ensuite, nous l’effaçons',
  whoSeesCandidacy: (recipient) => `Qui lit votre proposition : ${recipient}. Personne d’autre.`,
  defaultRetentionCall: 'le temps de vous répondre. Si vous participez, le temps de rester en contact. Ensuite, nous l’effaçons',
  rights: (text) => `Pour la voir, la corriger ou l’effacer : ${text}.`,
  healthWarning:
    'Attention : cet atelier parle d’une maladie. En vous inscrivant, vous montrez peut-être que vous l’avez. L’équipe garde ce secret. Vous pouvez donner un autre prénom que le vôtre. Ici, vous n’avez rien à dire sur votre santé.',
  healthWarningCall:
    'Attention : en vous proposant, vous montrez peut-être une maladie. C’est peut-être la vôtre ou celle d’un proche. L’équipe garde ce secret. Vous pouvez donner un autre prénom que le vôtre. Ici, vous n’avez rien à dire sur votre santé.',
  nameLabel: 'Votre prénom',
  nameHint: 'Pour vous accueillir. Vous pouvez donner un autre prénom que le vôtre. Le nom de famille est inutile.',
  nameMissing: 'Écrivez un prénom',
  channelLegend: 'Comment vous prévenir ?',
  channelHint: 'Choisissez le téléphone ou l’e-mail.',
  channelMissing: 'Choisissez le téléphone ou l’e-mail',
  phone: 'Téléphone',
  email: 'E-mail',
  phoneLabel: 'Votre numéro de téléphone',
  emailLabel: 'Votre adresse e-mail',
  contactHint: 'Nous l’utilisons seulement pour vous prévenir. Par exemple : un changement, ou une place libre.',
  phoneInvalid: 'Écrivez un numéro de téléphone. Par exemple : 06 12 34 56 78',
  emailInvalid: 'Écrivez une adresse e-mail. Par exemple : prenom@exemple.fr',
  seatsLabel: 'Combien de personnes viennent ? Comptez-vous aussi.',
  seatsHint: 'Un proche vient avec vous ? Comptez-le aussi.',
  people: (n) => plural('fr', n, { one: `${n} personne`, other: `${n} personnes` }),
  accessLabel: 'Avez-vous besoin d’aide pour venir ?',
  accessHint:
    'Par exemple : un fauteuil roulant, la langue des signes, une aide pour lire, un traducteur. Écrivez seulement si vous voulez. Ici, vous n’avez rien à dire sur votre santé.',
  motivationLabel: 'Pourquoi voulez-vous participer ?',
  motivationHint: 'Écrivez quelques mots si vous voulez. Toutes les réponses sont bonnes. Vous pouvez aussi laisser vide. Nous en parlerons ensemble.',
  motivationHintPhone: (phone) =>
    `Écrivez quelques mots si vous voulez. Toutes les réponses sont bonnes. Vous préférez parler ? Laissez vide et appelez-nous au ${phone}.`,
  tooLong: 'Ce texte est trop long. Raccourcissez-le.',
  submitSignup: 'Je valide mon inscription',
  submitWaiting: 'Je m’inscris sur la liste d’attente',
  submitCandidacy: 'J’envoie ma proposition',
  cancel: 'Retour à la liste des événements',
  back: 'Retour à la liste des événements',
  confirmed: (title) => `C’est fait. Votre place est réservée pour « ${title} ».`,
  waiting: (title, position) =>
    position === undefined
      ? `« ${title} » est complet. Vous êtes sur la liste d’attente. Si une place se libère, l’équipe vous prévient.`
      : `« ${title} » est complet. Vous êtes sur la liste d’attente. Vous êtes le numéro ${position}. Si une place se libère, l’équipe vous prévient.`,
  received: (title) => `Merci. L’équipe a reçu votre inscription à « ${title} ».`,
  candidacyReceived: 'Merci. L’équipe a reçu votre proposition. Elle va vous appeler pour en parler.',
  queued: (title) =>
    `Attention : votre inscription à « ${title} » attend encore. Elle est gardée sur cet appareil. Elle partira toute seule quand la connexion reviendra. Votre place sera réservée à ce moment-là.`,
  saved: (title) => `Votre inscription à « ${title} » est gardée sur cet appareil.`,
  summaryTitle: (title) => `Ce que vous avez choisi : ${title}`,
  fact: (label, value) => `${label} : ${value}`,
  yourSignup: (name, people) => `Au nom de ${name}. Pour ${people}.`,
  addToCalendar: 'Ajouter à mon agenda',
  calendarHint: 'L’événement va dans l’agenda de votre téléphone. Vous aurez un rappel la veille.',
  reminder: (title) => `Rappel : demain, ${title}`,
  calendarWaiting: 'Liste d’attente : vous attendez une place.',
  /** No code shown in easy-read: the team finds the person by first name and event. */
  reference: () => '',
  refused: (title, candidacy) =>
    candidacy
      ? `Votre proposition « ${title} » n’a pas marché. Appelez l’équipe. Vous pouvez aussi venir à l’accueil.`
      : `Votre inscription à « ${title} » n’a pas marché. Pour vous inscrire, appelez l’équipe. Vous pouvez aussi venir à l’accueil.`,
  refusedForNow: (title, day, candidacy) =>
    `${candidacy ? `Votre proposition « ${title} »` : `Votre inscription à « ${title} »`} attend encore. Cet appareil va réessayer tout seul jusqu’au ${day}. Vous pouvez aussi venir à l’accueil.`,
  contactErased: 'Cet appareil a effacé votre numéro et votre e-mail.',
  contactErasedLater: (day) => `Le ${day}, cet appareil effacera votre numéro et votre e-mail.`,
  failedSend: 'L’envoi n’a pas marché. Vérifiez la connexion. Puis appuyez encore sur le bouton. Ce que vous avez écrit est toujours là.',
  failedSave: 'Cet appareil n’a pas pu garder votre inscription. Ce que vous avez écrit est toujours là. Réessayez, ou inscrivez-vous à l’accueil.',
  delivered: 'C’est fait : votre inscription est partie.',
  spokenEvent: (kind, title, when, place) => `${kind}. ${title}. ${when}. Où : ${place}.`,
  listenNotice: 'ce message',
};

export const eventSignupEasy: EventSignupStrings = withFrenchSpacing(strings);
