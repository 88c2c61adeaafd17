import type { UsagerCatalog } from '../../../core/i18n.js';
import { eventSignupLaterFr, type EventSignupLaterStrings } from './later.fr.js';

/**
 * The form's and the confirmation's strings (later.fr.ts): imported by the form's module only
 * (event-signup.later.ts), so French comes with the form; the other languages and easy-read load
 * only when in use. The list's strings are index.ts's.
 */
export const eventSignupLaterCatalog: UsagerCatalog<EventSignupLaterStrings> = {
  fr: eventSignupLaterFr,
  en: () => import('./later.en.js').then((module) => module.eventSignupLaterEn),
  ar: () => import('./later.ar.js').then((module) => module.eventSignupLaterAr),
  easy: () => import('./later.easy.js').then((module) => module.eventSignupLaterEasy),
};
