import type { Catalog } from '../../../core/i18n.js';
import { continuumCheckFr, type ContinuumCheckStrings } from './fr.js';

/** The self-check's strings: French inline, the other languages as chunks loaded when asked for. */
export const continuumCheckCatalog: Catalog<ContinuumCheckStrings> = {
  fr: continuumCheckFr,
  en: () => import('./en.js').then((module) => module.continuumCheckEn),
  ar: () => import('./ar.js').then((module) => module.continuumCheckAr),
};
