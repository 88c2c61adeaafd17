import type { UsagerCatalog } from '../i18n.js';
import { coreFr, type CoreStrings } from './fr.js';

/** The shared strings; the other languages and easy-read load only when asked for. */
export const coreCatalog: UsagerCatalog<CoreStrings> = {
  fr: coreFr,
  en: () => import('./en.js').then((module) => module.coreEn),
  ar: () => import('./ar.js').then((module) => module.coreAr),
  easy: () => import('./easy.js').then((module) => module.coreEasy),
};
