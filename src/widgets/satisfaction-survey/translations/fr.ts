import { plural } from '../../../core/i18n.js';
import { defaultSurveyFr } from '../default-survey.js';
import { withFrenchSpacing } from '../../../core/french-typography.js';

/**
 * The survey's own strings (the shared ones come from the core catalogue). French is the source.
 * Written with ordinary spaces: `withFrenchSpacing` puts the no-break ones before ; ! ? : and inside « ».
 * A sentence never puts the structure's name after "de", "à", "par" or "en" (the team writes it
 * without its article: "Maison de santé des Tilleuls", "MSP du Bocage"): the name stands alone.
 */
export const surveyFr = withFrenchSpacing({
  /** The questionnaire used when the team gives none. */
  defaultSurvey: defaultSurveyFr,
  /** Words under the five faces, 1 to 5: short, read at a glance, the same for every question. */
  ratingWords: ['Très mauvais', 'Mauvais', 'Moyen', 'Bien', 'Très bien'] as [string, string, string, string, string],
  yes: 'Oui',
  no: 'Non',
  /** The choice added to a yes/no or one-choice question that offers "non concerné". */
  notConcerned: 'Non concerné',
  /** The box under the faces of a rating that offers it (neutral wording: no "concerné(e)"). */
  notConcernedBox: 'Cette question ne me concerne pas',
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
  notice: (structure: string | undefined, oncePerDevice: boolean) =>
    [
      structure
        ? `${structure} : l’équipe lit vos réponses pour améliorer l’accueil et les services, et pour préparer des actions qui répondent à vos besoins.`
        : 'L’équipe de la maison de santé lit vos réponses pour améliorer l’accueil et les services, et pour préparer des actions qui répondent à vos besoins.',
      'Le questionnaire est anonyme : il ne demande ni votre nom, ni votre adresse, ni d’information sur votre santé. Seules vos réponses et la date du jour sont envoyées.',
      oncePerDevice
        ? 'Chaque avis compte une fois : cet appareil garde donc une marque « déjà répondu » pour cette période. Cette marque ne dit pas qui vous êtes.'
        : '',
      'Vous pouvez passer les questions marquées « facultatif ». Vous pouvez vous arrêter à tout moment.',
    ].filter(Boolean),
  source: (text: string) => `Source : ${text}`,
  requiredMark: 'obligatoire',
  loading: 'Chargement du questionnaire…',
});

export type SurveyStrings = typeof surveyFr;
