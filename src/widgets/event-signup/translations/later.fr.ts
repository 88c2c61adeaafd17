import { plural } from '../../../core/i18n.js';
import { withFrenchSpacing } from '../../../core/french-typography.js';

/**
 * The words of the signup form and of the confirmation (its messages, its calendar file), apart from
 * the list's (fr.ts): they load with the form's module (event-signup.later.ts), never in the
 * widget's first download. Same rules as fr.ts: ordinary spaces (`withFrenchSpacing` puts the
 * no-break ones), the structure's name never after a preposition or an article.
 */
const strings = {
  candidacyReassurance: 'Proposer votre candidature ne vous engage à rien : l’équipe vous appelle pour en parler, et vous pourrez encore dire non.',
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
  calendarHint: 'Un fichier .ics, qui s’ouvre dans votre agenda (téléphone, Outlook, Google Agenda…), avec un rappel la veille.',
  /** Beside an information-only event's calendar link in the list (the link comes with these words). */
  infoCalendarHint:
    'Un fichier .ics pour votre agenda (téléphone, Outlook, Google Agenda…), avec un rappel la veille. Il est fabriqué ici : rien n’est envoyé.',
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
};

export type EventSignupLaterStrings = typeof strings;

export const eventSignupLaterFr: EventSignupLaterStrings = withFrenchSpacing(strings);
