import { plural } from '../../../core/i18n.js';
import type { PersonalDataKind } from '../personal-data.js';
import { withFrenchSpacing } from '../../../core/french-typography.js';

/**
 * The idea box's own strings. French is the source; other languages must give every key.
 * Written with ordinary spaces: `withFrenchSpacing` puts the no-break ones before ; ! ? : and inside « ».
 * The structure's name stands alone (never after "de", "à", "par", "en": the team writes it without
 * its article); one term per idea (e-mail); no "(e)" nor point médian (screen readers spell them).
 */
export const ideaBoxFr = withFrenchSpacing({
  title: 'Boîte à idées',
  invitation: (structure: string | undefined) =>
    `${structure ? `${structure} : l’équipe vous écoute. ` : ''}Une remarque, une suggestion, une idée pour améliorer l’accueil et les services ? Dites-le-nous : l’équipe lit chaque message.`,
  anonymous: 'Votre idée est anonyme : nous ne demandons ni votre nom ni vos coordonnées.',
  themeLegend: 'De quoi s’agit-il ?',
  themeRequired: 'Choisissez le sujet de votre idée.',
  ideaLabel: 'Votre idée',
  ideaHint:
    'N’écrivez ni votre nom ni d’information sur votre santé. Ce message n’est pas un moyen de joindre votre médecin : pour un souci de santé, appelez le secrétariat, ou le 15 en cas d’urgence.',
  ideaRequired: 'Écrivez votre idée.',
  ideaTooLong: (max: number) => `Votre idée doit faire au plus ${max} caractères.`,
  participateLabel: 'Je souhaite participer à la vie de la maison de santé (groupes de travail, comité des usagers…)',
  participateLegend: 'Participer à la vie de la maison de santé',
  participateHint: 'Cochez seulement si vous voulez que l’équipe vous recontacte.',
  consentLegend: 'Votre accord',
  contactLabel: 'Comment vous joindre ?',
  contactHint: 'Un téléphone ou une adresse e-mail.',
  contactRequired: 'Indiquez comment vous joindre, ou décochez la participation.',
  consentLabel: (recipient: string) =>
    `J’accepte que ces coordonnées soient transmises pour me recontacter au sujet de ma participation. Destinataire : ${recipient}.`,
  consentRequired: 'Cochez la case d’accord pour que l’équipe puisse vous recontacter, ou décochez la participation.',
  noticeTitle: 'Vos coordonnées : ce qu’elles deviennent',
  notice: (recipient: string, retention: string, rights: string) => [
    `Destinataire : ${recipient}.`,
    'Pourquoi : vous recontacter pour vous proposer de participer à la vie de la maison de santé. Votre idée elle-même reste anonyme pour le reste de l’équipe.',
    `Durée de conservation : ${retention}.`,
    `Vos droits : vous pouvez demander à consulter, corriger ou effacer ces coordonnées à tout moment (${rights}).`,
  ],
  warningTitle: 'Votre message semble contenir des informations personnelles',
  warningIntro: 'Pour protéger votre vie privée, nous vous conseillons de les retirer. Nous avons repéré :',
  warningKinds: {
    email: 'une adresse e-mail',
    phone: 'un numéro de téléphone',
    'social-security': 'un numéro de sécurité sociale',
    name: 'un nom de personne',
    health: 'une information de santé',
    age: 'l’âge d’une personne',
    'birth-date': 'une date de naissance',
    address: 'une adresse',
  } satisfies Record<PersonalDataKind, string>,
  warningEdit: 'Modifier mon message',
  warningSendAnyway: 'Envoyer quand même',
  /** A label before what it introduces, in a list ("un numéro de téléphone : …"). */
  listLabel: (label: string) => `${label} :`,
  submit: 'Envoyer mon idée',
  doneTitle: 'Merci pour votre idée',
  /** The confirmation's reference, with what it is for. */
  reference: (reference: string) => `Numéro de votre idée : ${reference}. Donnez ce numéro à l’accueil si vous voulez en reparler ou la faire retirer.`,
  /** What happened to the idea, in the idea box's words (the core's for the other cases). */
  outcomes: {
    sent: 'Merci ! Votre idée a bien été envoyée à l’équipe.',
    queued: 'Votre idée est gardée sur cet appareil. Elle partira toute seule dès que la connexion reviendra.',
    saved: 'Merci ! Votre idée est enregistrée.',
    delivered: 'Votre idée en attente vient d’être envoyée à l’équipe.',
  },
  writeAnother: 'Écrire une autre idée',
  feedTitle: 'Vous avez dit, nous avons fait',
  feedIntro: 'Les idées reçues et ce que l’équipe en a fait.',
  feedLoading: 'Chargement des réponses de l’équipe…',
  feedUnavailable: 'La liste des réponses de l’équipe n’est pas disponible pour le moment. Vous pouvez tout de même envoyer votre idée.',
  feedEmpty: 'Aucune idée ne correspond à ces filtres.',
  feedFilterStatus: 'Filtrer par état',
  feedFilterTheme: 'Filtrer par sujet',
  feedAll: 'Tous',
  feedCount: (count: number) => plural('fr', count, { one: `${count} idée`, other: `${count} idées` }),
  feedReceived: (date: string) => `Reçue le ${date}`,
  feedAnswer: 'Réponse de l’équipe :',
  feedIdea: 'L’idée :',
  feedStatus: 'État :',
  defaultThemes: {
    accueil: 'Accueil',
    'rendez-vous': 'Prise de rendez-vous',
    delais: 'Délais',
    locaux: 'Locaux et accessibilité',
    information: 'Information et affichage',
    'site-internet': 'Site internet',
    prevention: 'Prévention et ateliers',
    autre: 'Autre',
  } as Record<string, string>,
  defaultStatuses: {
    recue: 'Reçue',
    'a-l-etude': 'À l’étude',
    retenue: 'Retenue',
    realisee: 'Réalisée',
    'non-retenue': 'Non retenue',
  } as Record<string, string>,
});

export type IdeaBoxStrings = typeof ideaBoxFr;
