import type { UsagerCatalog } from '../../../core/i18n.js';
import { surveyAnswersFr, type SurveyAnswersStrings } from './answers.fr.js';

/**
 * The words said after "Suivant" or "Envoyer" (answers.fr.ts): imported by answers.ts only, so French
 * comes with it; the other languages and easy-read load only when in use.
 */
export const surveyAnswersCatalog: UsagerCatalog<SurveyAnswersStrings> = {
  fr: surveyAnswersFr,
  en: () => import('./answers.en.js').then((module) => module.surveyAnswersEn),
  ar: () => import('./answers.ar.js').then((module) => module.surveyAnswersAr),
  easy: () => import('./answers.easy.js').then((module) => module.surveyAnswersEasy),
};
