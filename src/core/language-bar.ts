import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from './i18n.js';
import type { CoreStrings } from './translations/fr.js';
import { pictogram } from './pictograms.js';

/** Each language named in itself: a person who reads no French still finds theirs. */
const languageNames: Record<Locale, { name: string; dir: 'ltr' | 'rtl' }> = {
  fr: { name: 'Français', dir: 'ltr' },
  en: { name: 'English', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
};

export interface LanguageBarProps {
  t: CoreStrings;
  locale: Locale;
  easyRead: boolean;
  on: { locale(locale: Locale): void; easyRead(on: boolean): void };
}

/**
 * The person's own choice of language, and of French easy-read (FALC), at the top of the widgets the
 * public fills in. The choice is remembered on the device (core/language-choice.ts).
 */
export function languageBar({ t, locale, easyRead, on }: LanguageBarProps): TemplateResult {
  return html`<div class="language-bar" part="language-bar">
    <label class="language-choice">
      ${pictogram('globe', 1.25)}<span>${t.languageLabel}</span>
      <select part="language-select" @change=${(event: Event) => on.locale((event.target as HTMLSelectElement).value as Locale)}>
        ${(Object.keys(languageNames) as Locale[]).map(
          (code) => html`<option value=${code} lang=${code} dir=${languageNames[code].dir} ?selected=${code === locale}>${languageNames[code].name}</option>`,
        )}
      </select>
    </label>
    ${
      locale === 'fr'
        ? html`<button
            type="button"
            class="easy-read-switch"
            part="button easy-read"
            aria-pressed=${easyRead ? 'true' : 'false'}
            @click=${() => on.easyRead(!easyRead)}
          >
            ${pictogram('easy-read', 1.25)}<span>${t.easyReadSwitch}</span>
          </button>`
        : nothing
    }
  </div>`;
}
