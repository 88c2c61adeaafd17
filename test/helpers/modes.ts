import { forgetLanguageChoice } from '../../src/core/language-choice.js';

/** The languages and modes every usager-facing widget is tested in (issue 14). */
export interface Mode {
  name: string;
  lang?: 'en' | 'ar';
  easyRead?: boolean;
}

export const modes: readonly Mode[] = [{ name: 'fr' }, { name: 'fr easy-read', easyRead: true }, { name: 'en', lang: 'en' }, { name: 'ar', lang: 'ar' }];

/** Puts a widget in a mode (its `lang` / `easy-read` attributes) and waits for the lazy catalogues. */
export async function applyMode(element: HTMLElement & { updateComplete: Promise<unknown> }, mode: Mode): Promise<void> {
  forgetLanguageChoice();
  if (mode.lang) element.setAttribute('lang', mode.lang);
  else element.removeAttribute('lang');
  element.toggleAttribute('easy-read', Boolean(mode.easyRead));
  await element.updateComplete;
}

/** The person's remembered choice is cleared (call in afterEach when a test uses the language bar). */
export { forgetLanguageChoice };
