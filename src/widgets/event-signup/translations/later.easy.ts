import { plural } from '../../../core/i18n.js';
import { withFrenchSpacing } from '../../../core/french-typography.js';
import type { EventSignupLaterStrings } from './later.fr.js';

/** The form's and the confirmation's words in French easy-read (see later.fr.ts; the rules of easy.ts). */
const strings: EventSignupLaterStrings = {
  candidacyReassurance: 'Vous vous proposez. L’équipe vous appelle pour en parler. Ensuite, vous choisissez : oui ou non.',
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
  calendarHint: 'L’événement va dans l’agenda de votre téléphone. Vous aurez un rappel la veille.',
  infoCalendarHint: 'L’événement va dans l’agenda de votre téléphone. Vous aurez un rappel la veille.',
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
};

export const eventSignupLaterEasy: EventSignupLaterStrings = withFrenchSpacing(strings);
