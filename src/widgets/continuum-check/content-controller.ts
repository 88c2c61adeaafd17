import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContentText } from './continuum-content.js';

/**
 * The wording of the matrix, the checks and the obstacles, one chunk per language, fetched with
 * `import()` only: a static import anywhere would put it back in the widget's first download (issue 16).
 * A language without its own file reads the French.
 */
const loaders: Record<string, () => Promise<ContentText>> = {
  fr: () => import('./continuum-content.fr.js').then((module) => module.contentFr),
  en: () => import('./continuum-content.en.js').then((module) => module.contentEn),
  ar: () => import('./continuum-content.ar.js').then((module) => module.contentAr),
};

/** Loaded once per page, whatever the number of widgets. */
const loaded = new Map<string, { lang: string; text: ContentText }>();
const inFlight = new Map<string, Promise<void>>();

/**
 * Gives the self-check its content in the widget's language once asked for (`request()`, called when
 * a screen first needs it), and re-renders the widget when it arrives. Until then `text` is undefined
 * and the screen shows a short loading line; a chunk that cannot be fetched (offline, files missing)
 * falls back to the French one, then to a message with a retry button.
 */
export class ContentController implements ReactiveController {
  /** True when the last attempt failed in every language: the screen offers to try again. */
  failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly locale: () => string,
    /** Whether the screen about to render reads the content: it is fetched then. */
    private readonly needed: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdate(): void {
    if (this.needed()) this.request();
  }

  /** The content in the widget's language (or its French fallback), undefined until loaded. */
  get text(): ContentText | undefined {
    return loaded.get(this.locale())?.text;
  }

  /** The language the content is written in (French when the widget's language has none of its own). */
  get lang(): string | undefined {
    return loaded.get(this.locale())?.lang;
  }

  /** The load under way, if any: `updateComplete` waits for it, so a test reads the screen it asked for. */
  get pending(): Promise<void> | undefined {
    return inFlight.get(this.locale());
  }

  /**
   * Waits for the host's update (`update`, its own `getUpdateComplete`), and again while content is on
   * its way or an update asked for another (the chart's layout measured), a few rounds at most.
   */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let result = await update();
    for (let round = 0; round < 5 && (!result || this.pending); round++) {
      await this.pending;
      result = await update();
    }
    return result;
  }

  /** Starts loading the current language's content, unless it is here, on its way, or failed already. */
  request(): void {
    const locale = this.locale();
    if (loaded.has(locale) || inFlight.has(locale) || this.failed) return;
    const load = fetchContent(locale)
      .then(
        (content) => {
          loaded.set(locale, content);
        },
        () => {
          this.failed = true;
        },
      )
      .finally(() => {
        inFlight.delete(locale);
        this.host.requestUpdate();
      });
    inFlight.set(locale, load);
  }

  /** After a failure: try again (the retry button). */
  retry(): void {
    this.failed = false;
    this.request();
    this.host.requestUpdate();
  }
}

async function fetchContent(locale: string): Promise<{ lang: string; text: ContentText }> {
  const own = loaders[locale];
  if (own) {
    try {
      return { lang: locale, text: await own() };
    } catch (error) {
      if (locale === 'fr') throw error;
    }
  }
  return { lang: 'fr', text: await loaders['fr']!() };
}
