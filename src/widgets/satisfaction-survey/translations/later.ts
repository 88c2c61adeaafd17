import type { UsagerCatalog } from '../../../core/i18n.js';
import { surveyLaterFr, type SurveyLaterStrings } from './later.fr.js';

/**
 * The later screens' strings (later.fr.ts): imported by the later module only (later.ts, which
 * kiosk.ts imports), so French comes with those screens; the other languages and easy-read load
 * only when in use.
 */
export const surveyLaterCatalog: UsagerCatalog<SurveyLaterStrings> = {
  fr: surveyLaterFr,
  en: () => import('./later.en.js').then((module) => module.surveyLaterEn),
  ar: () => import('./later.ar.js').then((module) => module.surveyLaterAr),
  easy: () => import('./later.easy.js').then((module) => module.surveyLaterEasy),
};
