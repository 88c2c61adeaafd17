import type { Locale } from './i18n.js';

/** What the person chose with a widget's language bar, remembered on this device for every widget. */
export interface LanguageChoice {
  locale?: Locale | undefined;
  easyRead?: boolean | undefined;
}

const storageKey = 'msp-widgets:language';
/** Every widget on the page follows a choice made in one of them. */
export const languageChoiceChanges = new EventTarget();
let remembered: LanguageChoice | undefined;

function read(): LanguageChoice {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    if (!parsed || typeof parsed !== 'object') return {};
    const { locale, easyRead } = parsed as Record<string, unknown>;
    return {
      ...(locale === 'fr' || locale === 'en' || locale === 'ar' ? { locale } : {}),
      ...(typeof easyRead === 'boolean' ? { easyRead } : {}),
    };
  } catch {
    return {}; // No storage (sandboxed frame, blocked cookies): the choice lasts as long as the page.
  }
}

/** The person's choice on this device ({} when they never chose). */
export function languageChoice(): LanguageChoice {
  return (remembered ??= read());
}

/** Records a choice (merged with the previous one) and tells every widget on the page. */
export function chooseLanguage(choice: LanguageChoice): void {
  remembered = { ...languageChoice(), ...choice };
  try {
    localStorage.setItem(storageKey, JSON.stringify(remembered));
  } catch {
    // Kept in memory only.
  }
  languageChoiceChanges.dispatchEvent(new Event('change'));
}

/** Forgets the choice (tests, and a "reset" a host page may offer). */
export function forgetLanguageChoice(): void {
  remembered = {};
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // Nothing stored.
  }
  languageChoiceChanges.dispatchEvent(new Event('change'));
}

// Another tab chose: this one follows.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key !== storageKey && event.key !== null) return;
  remembered = read();
  languageChoiceChanges.dispatchEvent(new Event('change'));
});
