import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageChoice, languageChoiceChanges } from './language-choice.js';
import { trackLoad } from './on-demand.js';

/** Languages the widgets speak. French is the source; the others load on demand. */
export const supportedLocales = ['fr', 'en', 'ar'] as const;
export type Locale = (typeof supportedLocales)[number];
export const DEFAULT_LOCALE: Locale = 'fr';
/** What an envelope records: the language, and `fr-FALC` for French easy-read. */
export type LanguageTag = Locale | 'fr-FALC';

/** Right-to-left languages: styles use logical properties only. */
const rtlLanguages = new Set(['ar', 'he', 'fa', 'ur']);

/** How each language is written by Intl: Arabic with Latin digits, as phone numbers and French papers are. */
const intlLocales: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB', ar: 'ar-u-nu-latn' };

/** The Intl locale a language is written with (dates and numbers outside the controller). */
export function intlLocale(locale: Locale): string {
  return intlLocales[locale];
}

type Loader<T> = () => Promise<T>;

/**
 * A widget's strings: French inline (no request for the default), the others as lazy imports.
 * `easy` is French easy-read (FALC), for the widgets the public fills in.
 */
export type Catalog<T> = { fr: T; en: Loader<T>; ar: Loader<T>; easy?: Loader<T> };
/** A usager-facing widget's catalogue: easy-read is required. */
export type UsagerCatalog<T> = Catalog<T> & { easy: Loader<T> };

/** Picks a supported locale from a BCP 47 tag: `fr-FR` → fr, `en-GB` → en, unknown → fr. */
export function matchLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split('-')[0] ?? '';
  return (supportedLocales as readonly string[]).includes(language) ? (language as Locale) : DEFAULT_LOCALE;
}

/** The element's own `lang`, else the nearest ancestor's (crossing shadow roots), else the page's. */
export function requestedLanguage(host: HTMLElement): string {
  let node: Node | null = host;
  while (node) {
    if (node instanceof HTMLElement && node.lang) return node.lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || DEFAULT_LOCALE;
}

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(tag.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** Each language's rule, made once: the results view says a count for every row of a long list. */
const pluralRules: Record<string, Intl.PluralRules> = {};

/** French counts 0 and 1 as singular; Intl.PluralRules knows each language's rule. */
export function plural(locale: string, count: number, forms: { one: string; other: string }): string {
  return (pluralRules[locale] ??= new Intl.PluralRules(locale)).select(count) === 'one' ? forms.one : forms.other;
}

type Variant = Locale | 'easy';
const loaded = new WeakMap<object, Map<Variant, unknown>>();

/** What an element tells its locale controller beyond `lang`. */
interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  /** The `easy-read` attribute. */
  easyRead?: boolean;
}

/** A widget class that lets the person choose its language (the usager-facing ones). */
function letsPersonChoose(host: HTMLElement): boolean {
  return Boolean((host.constructor as { languageChoice?: boolean }).languageChoice);
}

/**
 * Gives a widget its strings in the right language, follows `lang` changes on the element and the
 * page and the person's choice, and loads non-French catalogues lazily (French shows meanwhile,
 * never an empty label). Precedence: the person's choice on this device (usager widgets) >
 * `easy-read` / `lang` on the element > the nearest ancestor's `lang` > `<html lang>` > French.
 */
export class LocaleController<T> implements ReactiveController {
  /** The locale in use. */
  locale: Locale = DEFAULT_LOCALE;
  /** French easy-read is in use. */
  easyRead = false;
  private strings: T;
  private shown: Variant = 'fr';
  private readonly observer = new MutationObserver(() => this.update());
  private readonly followChoice = (): void => this.update();

  constructor(
    private readonly host: LocaleHost,
    private readonly catalog: Catalog<T>,
  ) {
    this.strings = catalog.fr;
    host.addController(this);
  }

  /** The strings of the current locale. */
  get t(): T {
    return this.strings;
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  /** The language as an envelope records it: `fr-FALC` when the easy-read strings are shown. */
  get tag(): LanguageTag {
    return this.easyRead && this.catalog.easy ? 'fr-FALC' : this.locale;
  }

  hostConnected(): void {
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    languageChoiceChanges.addEventListener('change', this.followChoice);
    this.update();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    languageChoiceChanges.removeEventListener('change', this.followChoice);
  }

  /** A property (`lang`, `easyRead`) may have changed: read them again before each render. */
  hostUpdate(): void {
    this.update();
  }

  /** Re-reads the language and easy-read setting; loads and shows the strings when they change. */
  update(): void {
    const choice = letsPersonChoose(this.host) ? languageChoice() : {};
    const locale = choice.locale ?? matchLocale(requestedLanguage(this.host));
    const easyRead = locale === 'fr' && letsPersonChoose(this.host) && (choice.easyRead ?? Boolean(this.host.easyRead));
    if (locale === this.locale && easyRead === this.easyRead) return;
    this.locale = locale;
    this.easyRead = easyRead;
    trackLoad(this.host, this.load(easyRead && this.catalog.easy ? 'easy' : locale));
    this.host.requestUpdate();
  }

  formatDate(date: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const value = typeof date === 'string' ? new Date(date.length === 10 ? `${date}T12:00:00Z` : date) : date;
    return Number.isNaN(value.getTime()) ? String(date) : new Intl.DateTimeFormat(intlLocales[this.locale], options).format(value);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(intlLocales[this.locale], options).format(value);
  }

  private async load(variant: Variant): Promise<void> {
    if (variant === 'fr') {
      this.shown = 'fr';
      this.strings = this.catalog.fr;
      return;
    }
    let cache = loaded.get(this.catalog);
    if (!cache) loaded.set(this.catalog, (cache = new Map()));
    if (!cache.has(variant)) {
      const loader = variant === 'easy' ? this.catalog.easy : this.catalog[variant];
      if (!loader) return;
      try {
        cache.set(variant, await loader());
      } catch {
        return; // Offline with the chunk missing: stay in French rather than show nothing.
      }
    }
    const wanted: Variant = this.easyRead && this.catalog.easy ? 'easy' : this.locale;
    if (wanted !== variant || this.shown === variant) return;
    this.shown = variant;
    this.strings = cache.get(variant) as T;
    this.host.requestUpdate();
  }
}
