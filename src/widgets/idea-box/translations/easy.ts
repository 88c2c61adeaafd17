import { withFrenchSpacing } from '../../../core/french-typography.js';
import type { IdeaBoxStrings } from './fr.js';

/**
 * French easy-read ("facile à lire et à comprendre", FALC), every string rewritten from fr.ts:
 * everyday words (no "usager", "anonyme", "coordonnées", "confidentialité"), one idea per sentence,
 * 12 words or fewer, "vous", no abbreviation, parenthesis, "…" nor semicolon, numbers in digits, no
 * code nor reference without what it is for, one word per thing ("idée", "équipe", "accueil",
 * "téléphone ou e-mail", "étape" for a status), the important thing first, steps as steps.
 * The structure's name stands alone, as in fr.ts.
 */
export const ideaBoxEasy: IdeaBoxStrings = withFrenchSpacing({
  title: 'Boîte à idées',
  invitation: (structure: string | undefined) =>
    `${structure ? `${structure} : l’équipe vous écoute. ` : ''}Vous avez une idée pour améliorer la maison de santé ? Écrivez-la ici. L’équipe lit toutes les idées.`,
  anonymous: 'Nous ne demandons pas votre nom. Personne ne saura qui a écrit l’idée.',
  themeLegend: 'Choisissez le sujet de votre idée :',
  themeRequired: 'Choisissez un sujet dans la liste.',
  ideaLabel: 'Écrivez votre idée ici',
  ideaHint:
    'N’écrivez pas votre nom. N’écrivez rien sur votre santé. Votre médecin ne lit pas ces messages. Vous avez un problème de santé ? Appelez l’accueil. C’est urgent ? Appelez le 15.',
  ideaRequired: 'Vous avez oublié d’écrire votre idée.',
  ideaTooLong: (max: number) => `Votre idée est trop longue. Vous pouvez écrire ${max} lettres au plus.`,
  participateLabel: 'Oui, je veux venir à des réunions avec l’équipe.',
  participateLegend: 'Vous voulez aider l’équipe ?',
  participateHint: 'Cochez la case si vous voulez que l’équipe vous contacte.',
  consentLegend: 'Êtes-vous d’accord ?',
  contactLabel: 'Votre téléphone ou votre e-mail',
  contactHint: 'L’équipe l’utilise pour vous contacter.',
  contactRequired: 'Écrivez votre téléphone ou votre e-mail. Ou bien, enlevez la coche de la case « Oui, je veux venir ».',
  consentLabel: (recipient: string) =>
    `Je suis d’accord pour donner mon téléphone ou mon e-mail. C’est pour m’inviter aux réunions. La personne qui le reçoit : ${recipient}.`,
  consentRequired: 'Cochez la case « Je suis d’accord ». Ou bien, enlevez la coche de la case « Oui, je veux venir ».',
  noticeTitle: 'Votre téléphone ou votre e-mail : ce que nous en faisons',
  notice: (recipient: string, retention: string, rights: string) => [
    `La personne qui le reçoit : ${recipient}.`,
    'Elle l’utilise pour vous inviter aux réunions. Le reste de l’équipe ne sait pas qui a écrit votre idée.',
    `Nous le gardons pendant ${retention}.`,
    `Vous pouvez demander à le voir, à le changer ou à l’effacer. Demandez-le à : ${rights}.`,
  ],
  warningTitle: 'Attention : votre message parle peut-être d’une personne',
  warningIntro: 'Pour vous protéger, enlevez ces mots de votre message. Nous avons trouvé :',
  warningKinds: {
    email: 'une adresse e-mail',
    phone: 'un numéro de téléphone',
    'social-security': 'un numéro de carte Vitale',
    name: 'le nom d’une personne',
    health: 'un mot sur la santé',
    age: 'l’âge d’une personne',
    'birth-date': 'une date de naissance',
    address: 'l’adresse d’une personne',
  },
  warningEdit: 'Changer mon message',
  warningSendAnyway: 'Envoyer comme ça',
  listLabel: (label: string) => `${label} :`,
  submit: 'Envoyer mon idée',
  doneTitle: 'Merci pour votre idée !',
  reference: (reference: string) => `Le numéro de votre idée est ${reference}. Vous voulez parler de votre idée ? Donnez ce numéro à l’accueil.`,
  outcomes: {
    sent: 'C’est fait. L’équipe a reçu votre idée.',
    queued: 'Votre idée n’est pas encore partie. Elle est gardée sur cet appareil. Elle partira toute seule plus tard.',
    saved: 'C’est fait. Votre idée est gardée.',
    delivered: 'C’est fait. L’équipe a reçu votre idée.',
  },
  writeAnother: 'Écrire une nouvelle idée',
  feedTitle: 'Vos idées et ce que nous avons fait',
  feedIntro: 'Voici les idées que nous avons reçues. Voici ce que l’équipe a fait.',
  feedLoading: 'Attendez un peu. La liste arrive.',
  feedUnavailable: 'La liste ne s’affiche pas pour le moment. Vous pouvez quand même envoyer votre idée.',
  feedEmpty: 'Il n’y a pas d’idée pour ces choix.',
  feedFilterStatus: 'Voir les idées selon leur étape',
  feedFilterTheme: 'Voir les idées selon leur sujet',
  feedAll: 'Toutes les idées',
  feedCount: (count: number) => `Nombre d’idées : ${count}`,
  feedReceived: (date: string) => `Nous l’avons reçue le ${date}`,
  feedAnswer: 'La réponse de l’équipe :',
  feedIdea: 'L’idée :',
  feedStatus: 'Étape :',
  defaultThemes: {
    accueil: 'L’accueil',
    'rendez-vous': 'Les rendez-vous',
    delais: 'Le temps d’attente',
    locaux: 'Le bâtiment et l’accès pour tous',
    information: 'Les informations et les affiches',
    'site-internet': 'Le site internet',
    prevention: 'Les ateliers pour rester en bonne santé',
    autre: 'Autre chose',
  },
  defaultStatuses: {
    recue: 'Reçue',
    'a-l-etude': 'L’équipe y réfléchit',
    retenue: 'Acceptée',
    realisee: 'C’est fait',
    'non-retenue': 'Pas acceptée',
  },
});
