import type { UsagerCatalog } from '../../../core/i18n.js';
import { surveyFr, type SurveyStrings } from './fr.js';

/**
 * The survey's strings: French inline, every other language and French easy-read loaded only when
 * asked for (each brings its default questionnaire with it). A new language is one file here and one
 * line below (README, "Ajouter une langue").
 */
export const surveyCatalog: UsagerCatalog<SurveyStrings> = {
  fr: surveyFr,
  en: () => import('./en.js').then((module) => module.surveyEn),
  ar: () => import('./ar.js').then((module) => module.surveyAr),
  easy: () => import('./easy.js').then((module) => module.surveyEasy),
};
