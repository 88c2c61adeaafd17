import { withFrenchSpacing } from '../../../core/french-typography.js';
import type { SurveyAnswersStrings } from './answers.fr.js';

/** The words said after "Suivant" or "Envoyer" in French easy-read (FALC; see answers.fr.ts, and easy.ts for the rules). */
export const surveyAnswersEasy: SurveyAnswersStrings = withFrenchSpacing({
  problems: {
    required: 'Choisissez une réponse.',
    requiredRating: 'Choisissez un visage.',
    requiredText: 'Écrivez une réponse.',
    otherMissing: 'Écrivez votre autre réponse.',
    tooLong: (max: number) => `Votre réponse est trop longue. Gardez ${max} lettres au plus.`,
    tooMany: (max: number) => `Vous avez choisi trop de réponses. Gardez ${max} réponses au plus.`,
  },
  summaryItem: (question: string, problem: string) => `« ${question} » : ${problem}`,
  nothingAnswered: 'Répondez d’abord à 1 question au moins. Ensuite, envoyez vos réponses.',
});
