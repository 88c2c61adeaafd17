// What the shell hands its controllers (ResultsContext), made from the shell's parts: its strings,
// its settings, its status region, its store and its focus. The shell keeps the state; this only wires it.
import type { ReactiveElement } from 'lit';
import { focusAfterUpdate } from '../../core/focus.js';
import type { LocaleController } from '../../core/i18n.js';
import { LocalStore } from '../../core/storage.js';
import type { ResultsConfig } from './results.schema.js';
import type { DateFormat, ResultsContext, ResultsStrings } from './results.state.js';

/** Dates on screen in the view's language; a bare day is a calendar day (UTC), an instant is shown in Paris time. */
export function resultsDateFormat(text: Pick<LocaleController<ResultsStrings>, 'formatDate'>): DateFormat {
  return {
    day: (iso) => text.formatDate(iso, { dateStyle: 'short', timeZone: iso.length > 10 ? 'Europe/Paris' : 'UTC' }),
    longDay: (iso) => text.formatDate(iso),
    monthYear: (iso) => text.formatDate(iso.length === 7 ? `${iso}-01` : iso, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    time: (iso) => text.formatDate(iso, { timeStyle: 'short', timeZone: 'Europe/Paris' }),
    dateTime: (iso) => text.formatDate(iso, { dateStyle: 'short', timeStyle: 'short' }),
  };
}

/** The shell's parts a context reads when asked (settings and the store's name change with the attributes). */
export interface ContextParts {
  text: LocaleController<ResultsStrings>;
  format: DateFormat;
  settings(): ResultsConfig;
  storeName(): string;
  /** The status region's message: written by `say`, read by `status`. */
  status: { get(): string; set(message: string): void };
}

/** The controllers' context over a host element (focus moves in its render root, after the update `focus` asks for). */
export function createResultsContext(host: ReactiveElement, parts: ContextParts): ResultsContext {
  return {
    get t() {
      return parts.text.t;
    },
    get settings() {
      return parts.settings();
    },
    format: parts.format,
    say: (message) => parts.status.set(message),
    status: () => parts.status.get(),
    openStore: () => LocalStore.open(parts.storeName()).catch(() => undefined),
    focus: async (selector) => {
      host.requestUpdate();
      await focusAfterUpdate(host, selector);
    },
  };
}
