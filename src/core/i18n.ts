import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Languages the widgets speak. French is the source; others load on demand. */
export const supportedLocales = ['fr', 'en'] as const;
export type Locale = (typeof supportedLocales)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** Right-to-left languages (Arabic is planned): styles use logical properties only. */
const rtlLanguages = new Set(['ar', 'he', 'fa', 'ur']);

/** A widget's strings: French inline (no request for the default), others as lazy imports. */
export type Catalog<T> = { fr: T } & { [L in Exclude<Locale, 'fr'>]: () => Promise<T> };

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

/** French counts 0 and 1 as singular; Intl.PluralRules knows each language's rule. */
export function plural(locale: string, count: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}

const loaded = new WeakMap<object, Map<Locale, unknown>>();

/**
 * Gives a widget its strings in the right language, follows `lang` changes on the element and the
 * page, and loads non-French catalogues lazily (the French text shows meanwhile, never an empty label).
 */
export class LocaleController<T> implements ReactiveController {
  /** The locale in use. */
  locale: Locale = DEFAULT_LOCALE;
  private strings: T;
  private readonly observer = new MutationObserver(() => this.update());

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
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

  hostConnected(): void {
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.update();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** Re-reads the language (call when `lang` changes by property). */
  update(): void {
    const locale = matchLocale(requestedLanguage(this.host));
    if (locale === this.locale && this.strings) return;
    this.locale = locale;
    void this.load(locale);
  }

  formatDate(date: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const value = typeof date === 'string' ? new Date(date.length === 10 ? `${date}T12:00:00Z` : date) : date;
    return Number.isNaN(value.getTime()) ? String(date) : new Intl.DateTimeFormat(this.locale, options).format(value);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }

  private async load(locale: Locale): Promise<void> {
    if (locale === 'fr') {
      this.strings = this.catalog.fr;
    } else {
      let cache = loaded.get(this.catalog);
      if (!cache) loaded.set(this.catalog, (cache = new Map()));
      if (!cache.has(locale)) {
        try {
          cache.set(locale, await this.catalog[locale]());
        } catch {
          return; // Offline with the chunk missing: stay in French rather than show nothing.
        }
      }
      if (this.locale !== locale) return;
      this.strings = cache.get(locale) as T;
    }
    this.host.requestUpdate();
  }
}
