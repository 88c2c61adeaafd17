import { plural } from '../../../core/i18n.js';
import { defaultSurveyFr } from '../default-survey.js';

/** The survey's own strings (the shared ones come from the core catalogue). French is the source. */
export const surveyFr = {
  /** The questionnaire used when the team gives none. */
  defaultSurvey: defaultSurveyFr,
  /** Words under the five faces, 1 to 5: short, read at a glance, the same for every question. */
  ratingWords: ['Très mauvais', 'Mauvais', 'Moyen', 'Bien', 'Très bien'] as [string, string, string, string, string],
  yes: 'Oui',
  no: 'Non',
  otherLabel: 'Autre, précisez',
  otherField: (question: string) => `Précisez votre réponse « autre » (${question})`,
  severalAnswers: 'Plusieurs réponses possibles.',
  atMostChoices: (count: number) => plural('fr', count, { one: 'Une seule réponse.', other: `Jusqu’à ${count} réponses.` }),
  textPrivacy: 'N’écrivez ni votre nom ni d’information sur votre santé.',
  step: (current: number, total: number) => `Étape ${current} sur ${total}`,
  previous: 'Précédent',
  next: 'Suivant',
  submit: 'Envoyer mes réponses',
  duration: (minutes: number) => plural('fr', minutes, { one: 'Environ 1 minute.', other: `Environ ${minutes} minutes.` }),
  anonymous: 'Questionnaire anonyme : votre nom n’est jamais demandé.',
  noticeSummary: 'Comment vos réponses sont utilisées',
  notice: (structure: string, oncePerDevice: boolean) =>
    [
      `Vos réponses sont lues par l’équipe de ${structure} pour améliorer l’accueil et les services, et préparer des actions qui répondent à vos besoins.`,
      'Le questionnaire est anonyme : il ne demande ni votre nom, ni votre adresse, ni d’information sur votre santé. Seules vos réponses et la date du jour sont envoyées.',
      oncePerDevice
        ? 'Pour qu’un avis ne compte qu’une fois, cet appareil garde une simple marque « déjà répondu » pour cette période, sans rien qui vous identifie.'
        : '',
      'Toutes les questions sont facultatives, sauf celles marquées autrement. Vous pouvez vous arrêter à tout moment.',
    ].filter(Boolean),
  theStructure: 'la maison de santé',
  source: (text: string) => `Source : ${text}`,
  problems: {
    required: 'Choisissez ou écrivez une réponse.',
    otherMissing: 'Précisez votre réponse « autre ».',
    tooLong: (max: number) => `Votre réponse dépasse ${max} caractères : raccourcissez-la.`,
    tooMany: (max: number) => `Choisissez au plus ${max} réponses.`,
  },
  summaryItem: (question: string, problem: string) => `« ${question} » : ${problem}`,
  nothingAnswered: 'Répondez à au moins une question avant d’envoyer : vous pouvez revenir en arrière avec « Précédent ».',
  requiredMark: 'obligatoire',
  loading: 'Chargement du questionnaire…',
  alreadyTitle: 'Vous avez déjà répondu, merci !',
  already:
    'Une réponse à ce questionnaire a déjà été envoyée depuis cet appareil pour cette période. Pour que chaque avis compte une seule fois, on ne peut répondre qu’une fois par appareil.',
  alreadyElse: 'Une autre personne utilise cet appareil ? Elle peut aussi donner son avis à l’accueil.',
  thanksTitle: 'Merci pour vos réponses !',
  thanksBody: 'L’équipe lira les résultats et vous dira ce qu’elle en fait, dans la salle d’attente ou sur le site.',
  kioskNext: (seconds: number) =>
    plural('fr', seconds, {
      one: `L’écran revient au début dans ${seconds} seconde pour la personne suivante.`,
      other: `L’écran revient au début dans ${seconds} secondes pour la personne suivante.`,
    }),
  kioskRestart: 'Recommencer pour la personne suivante',
  idleTitle: 'Êtes-vous toujours là ?',
  idleBody: (seconds: number) =>
    plural('fr', seconds, {
      one: `Sans action de votre part, vos réponses seront effacées dans ${seconds} seconde pour la personne suivante.`,
      other: `Sans action de votre part, vos réponses seront effacées dans ${seconds} secondes pour la personne suivante.`,
    }),
  idleContinue: 'Continuer',
  cleared: 'Les réponses précédentes ont été effacées. Le questionnaire est prêt pour la personne suivante.',
};

export type SurveyStrings = typeof surveyFr;
