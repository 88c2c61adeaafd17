import type { UsagerCatalog } from '../../../core/i18n.js';
import { eventSignupFr, type EventSignupStrings } from './fr.js';

/**
 * The event signup's strings: French inline; English, Arabic and French easy-read loaded when asked
 * for (never imported statically: they stay out of the widget's first chunk). Adding a language is
 * one catalogue file here and one line below (a missing key is a type error).
 */
export const eventSignupCatalog: UsagerCatalog<EventSignupStrings> = {
  fr: eventSignupFr,
  en: () => import('./en.js').then((module) => module.eventSignupEn),
  ar: () => import('./ar.js').then((module) => module.eventSignupAr),
  easy: () => import('./easy.js').then((module) => module.eventSignupEasy),
};
