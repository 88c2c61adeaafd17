import type { Catalog } from '../../../core/i18n.js';
import { continuumLaterFr, type ContinuumLaterStrings } from './later.fr.js';

/**
 * The later screens' strings (later.fr.ts): imported by the later screens' module only
 * (views/later.views.ts), so French comes with those screens; English and Arabic load only when in
 * use. A team widget: no easy-read variant, like index.ts.
 */
export const continuumLaterCatalog: Catalog<ContinuumLaterStrings> = {
  fr: continuumLaterFr,
  en: () => import('./later.en.js').then((module) => module.continuumLaterEn),
  ar: () => import('./later.ar.js').then((module) => module.continuumLaterAr),
};
