import type { Catalog } from '../../../core/i18n.js';
import { surveyFr, type SurveyStrings } from './fr.js';

/** The survey's strings, English loaded only when asked for (the core catalogue's pattern). */
export const surveyCatalog: Catalog<SurveyStrings> = {
  fr: surveyFr,
  en: () => import('./en.js').then((module) => module.surveyEn),
};
