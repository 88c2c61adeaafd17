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
  candidacyReassurance: 'Proposer votre candidature ne vous engage à rien : l’équipe vous appelle pour en parler, et vous pourrez encore dire non.',
  /** Information-only events: nothing to fill in. */
  noSignup: 'Sans inscription : il suffit de venir. Rien à remplir, aucune donnée demandée.',
  /** Followed by the number, as a link. */
  questionCallUs: 'Une question ? Appelez-nous au',
  infoCalendarHint:
    'Un fichier .ics pour votre agenda (téléphone, Outlook, Google Agenda…), avec un rappel la veille. Il est fabriqué ici : rien n’est envoyé.',
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
  formHeading: (title: string) => `Inscription : ${title}`,
  candidacyHeading: (title: string) => `Candidature : ${title}`,
  waitingListNotice:
    'Cet événement est complet. En vous inscrivant, vous serez sur la liste d’attente : l’équipe vous préviendra si une place se libère. Ce n’est pas encore une place réservée.',
  privacyTitle: 'Ce que nous demandons, et pourquoi',
  privacyIntro: 'Nous demandons le moins possible.',
  whoSees: (recipient: string) => `Qui verra votre inscription : ${recipient}, et personne d’autre.`,
  defaultRecipient: (structure: string | undefined) =>
    structure ? `l’équipe qui organise l’événement (${structure})` : 'l’équipe de la maison de santé qui organise l’événement',
  retention: (text: string) => `Combien de temps : ${text}.`,
  defaultRetention: 'jusqu’à la fin de l’événement, puis elle est effacée',
  whoSeesCandidacy: (recipient: string) => `Qui verra votre candidature : ${recipient}, et personne d’autre.`,
  defaultRetentionCall: 'le temps de vous répondre et, si vous participez, de rester en contact ; puis elle est effacée',
  rights: (text: string) => `Pour la consulter, la corriger ou l’effacer : ${text}.`,
  healthWarning:
    'Attention : s’inscrire à cet atelier peut révéler une information sur votre santé (par exemple une maladie). Elle est couverte par le secret professionnel. Vous pouvez utiliser un pseudonyme, et vous n’avez rien à dire de votre santé ici.',
  healthWarningCall:
    'Attention : proposer votre candidature peut révéler une information sur votre santé ou celle d’un proche. Elle est couverte par le secret professionnel. Vous pouvez utiliser un pseudonyme, et vous n’avez rien à dire de votre santé ici.',
  nameLabel: 'Prénom ou pseudonyme',
  nameHint: 'Pour vous accueillir et vous reconnaître sur la liste. Un pseudonyme suffit ; pas besoin de nom de famille.',
  nameMissing: 'Indiquez un prénom ou un pseudonyme',
  channelLegend: 'Comment préférez-vous être joint ?',
  channelHint: 'Un seul moyen suffit.',
  channelMissing: 'Choisissez le téléphone ou l’e-mail',
  phone: 'Téléphone',
  email: 'E-mail',
  phoneLabel: 'Numéro de téléphone',
  emailLabel: 'Adresse e-mail',
  contactHint: 'Seulement pour vous prévenir d’un changement, d’une annulation ou d’une place libérée. Jamais pour autre chose.',
  phoneInvalid: 'Indiquez un numéro de téléphone, par exemple 06 12 34 56 78',
  emailInvalid: 'Indiquez une adresse e-mail, par exemple prenom@exemple.fr',
  seatsLabel: 'Nombre de personnes, vous compris',
  seatsHint: 'Pour réserver assez de places, si un proche vous accompagne.',
  people: (count: number) => plural('fr', count, { one: `${count} personne`, other: `${count} personnes` }),
  accessLabel: 'Besoins pour venir dans de bonnes conditions',
  accessHint:
    'Par exemple : fauteuil roulant, interprète en langue des signes, aide à la lecture, traduction. Seulement si vous le souhaitez ; n’écrivez rien sur votre santé.',
  motivationLabel: 'Pourquoi souhaitez-vous participer ?',
  motivationHint:
    'Seulement si vous le souhaitez : quelques mots suffisent, il n’y a pas de bonne réponse. Vous pouvez aussi ne rien écrire : nous en parlerons ensemble.',
  motivationHintPhone: (phone: string) =>
    `Seulement si vous le souhaitez : quelques mots suffisent, il n’y a pas de bonne réponse. Vous préférez parler plutôt qu’écrire ? Laissez ce champ vide, ou appelez-nous au ${phone}.`,
  tooLong: 'Ce texte est trop long',
  submitSignup: 'Valider mon inscription',
  submitWaiting: 'M’inscrire sur la liste d’attente',
  submitCandidacy: 'Envoyer ma candidature',
  cancel: 'Revenir à la liste des événements',
  back: 'Revenir à la liste des événements',
  confirmed: (title: string) => `C’est noté : votre inscription à « ${title} » est confirmée.`,
  waiting: (title: string, position: number | undefined) =>
    position === undefined
      ? `L’événement « ${title} » est complet : vous êtes sur la liste d’attente. L’équipe vous préviendra si une place se libère.`
      : `L’événement « ${title} » est complet : vous êtes sur la liste d’attente, à la place n° ${position}. L’équipe vous préviendra si une place se libère.`,
  received: (title: string) => `Merci ! Votre inscription à « ${title} » a bien été envoyée à l’équipe.`,
  candidacyReceived: 'Merci ! Votre candidature a bien été envoyée. L’équipe vous contactera pour en parler.',
  queued: (title: string) =>
    `Votre inscription à « ${title} » n’est pas encore partie. Elle est gardée sur cet appareil et partira d’elle-même dès que la connexion reviendra. Votre place sera réservée à ce moment-là.`,
  saved: (title: string) => `Votre inscription à « ${title} » est enregistrée sur cet appareil.`,
  summaryTitle: (title: string) => `Récapitulatif : ${title}`,
  /** A fact in the calendar file's description: "Thème : Alimentation". */
  fact: (label: string, value: string) => `${label} : ${value}`,
  yourSignup: (name: string, people: string) => `Au nom de ${name}, pour ${people}.`,
  addToCalendar: 'Ajouter à mon agenda',
  calendarHint: 'Un fichier .ics, qui s’ouvre dans votre agenda (téléphone, Outlook, Google Agenda…), avec un rappel la veille.',
  reminder: (title: string) => `Rappel : ${title} demain`,
  calendarWaiting: 'Sur liste d’attente : place non confirmée.',
  /** The confirmation's reference, with what it is for ('' in easy-read: not shown). */
  reference: (code: string) => `Si vous appelez l’équipe à ce sujet, donnez ce code : ${code}.`,
  /** Refused for good: no HTTP status here (it goes to the console and msp-error). */
  refused: (title: string, candidacy: boolean) =>
    candidacy
      ? `Votre candidature « ${title} » n’a pas pu être enregistrée. Appelez l’équipe ou passez à l’accueil pour la proposer.`
      : `Votre inscription à « ${title} » n’a pas pu être enregistrée. Appelez l’équipe ou passez à l’accueil pour vous inscrire.`,
  /** Refused for now (401, 403, 404): the device tries again until `day`. */
  refusedForNow: (title: string, day: string, candidacy: boolean) =>
    `${candidacy ? `Votre candidature « ${title} »` : `Votre inscription à « ${title} »`} n’est pas encore arrivée. Elle reste sur cet appareil et sera renvoyée automatiquement jusqu’au ${day}. Vous pouvez aussi passer à l’accueil.`,
  /** After a refusal: the contact details leave the device (now, or when the retries end). */
  contactErased: 'Votre numéro et votre adresse e-mail ne sont pas gardés sur cet appareil.',
  contactErasedLater: (day: string) => `Si elle n’est pas arrivée le ${day}, votre numéro et votre adresse e-mail seront effacés de cet appareil.`,
  failedSend: 'L’envoi n’a pas abouti. Vérifiez votre connexion, puis réessayez : ce que vous avez écrit est toujours là.',
  failedSave: 'Ce navigateur n’a pas pu garder votre inscription. Ce que vous avez écrit est toujours là : réessayez, ou inscrivez-vous à l’accueil.',
  delivered: 'Votre inscription en attente vient d’être envoyée.',
  /** What the read-aloud button beside an event says: kind, title, day and time, place. */
  spokenEvent: (kind: string, title: string, when: string, place: string) => `${kind} : ${title}. ${when}. Lieu : ${place}.`,
  /** The read-aloud button's label beside the form's notices. */
  listenNotice: 'ce message',
};

export type EventSignupStrings = typeof strings;

export const eventSignupFr: EventSignupStrings = withFrenchSpacing(strings);
