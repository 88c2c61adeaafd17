import type { Catalog } from '../i18n.js';
import { coreFr, type CoreStrings } from './fr.js';

/** The shared strings, English loaded only when asked for. */
export const coreCatalog: Catalog<CoreStrings> = {
  fr: coreFr,
  en: () => import('./en.js').then((module) => module.coreEn),
};
