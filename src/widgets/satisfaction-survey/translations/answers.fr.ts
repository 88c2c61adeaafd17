import { withFrenchSpacing } from '../../../core/french-typography.js';

/**
 * The words said once the person presses "Suivant" or "Envoyer" — each problem of a step, the error
 * summary's lines, the questionnaire sent empty — apart from the first screen's (fr.ts): they load
 * with answers.ts, right after the form shows, never in the survey's first download. Same rules as
 * fr.ts: ordinary spaces (`withFrenchSpacing` puts the no-break ones).
 */
export const surveyAnswersFr = withFrenchSpacing({
  problems: {
    required: 'Choisissez une réponse.',
    requiredRating: 'Choisissez un visage.',
    requiredText: 'Écrivez une réponse.',
    otherMissing: 'Précisez votre réponse « autre ».',
    tooLong: (max: number) => `Votre réponse dépasse ${max} caractères : raccourcissez-la.`,
    tooMany: (max: number) => `Choisissez au plus ${max} réponses.`,
  },
  summaryItem: (question: string, problem: string) => `« ${question} » : ${problem}`,
  nothingAnswered: 'Répondez à au moins une question avant d’envoyer : vous pouvez revenir en arrière avec « Précédent ».',
});

export type SurveyAnswersStrings = typeof surveyAnswersFr;
