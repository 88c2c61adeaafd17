// The types the results view's shell, its controllers and its template views share. Views and
// controllers import this module, never the component (it would make a circle).
import type { SubmissionKind } from '../../core/envelope.js';
import type { LocalStore } from '../../core/storage.js';
import type { CoreStrings } from '../../core/translations/fr.js';
import type { WidgetUi } from '../../core/widget-ui.js';
import type { IdeaFilter, TeamAnswer } from './ideas.js';
import type { ResultsConfig } from './results.schema.js';
import type { ResultsStrings } from './translations/fr.js';

export type { ResultsStrings };

/** Why a read failed: the token or session refused, the server unreachable or erring, an unknown format, no storage. */
export type LoadFailure = 'unauthorized' | 'unavailable' | 'format' | 'storage';

export type LoadState =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready' } | { status: 'error'; reason: LoadFailure; httpStatus?: number | undefined };

/** What the panel shows: the kind, the campaign chosen, the idea filters and the team's answers. */
export interface PanelView {
  kind: SubmissionKind;
  /** undefined: the latest campaign; '': all campaigns. */
  campaign: string | undefined;
  ideaFilter: IdeaFilter;
  answers: ReadonlyMap<string, TeamAnswer>;
}

/** Dates and times on screen, in the view's language. */
export interface DateFormat {
  /** A day or an instant as a short date (23/11/2026, 11/23/26). */
  day(iso: string): string;
  /** A day in words (23 novembre 2026). */
  longDay(iso: string): string;
  /** A month in words (mars 2027), from YYYY-MM or a day. */
  monthYear(iso: string): string;
  /** An event's time, in Paris time (where the MSP is). */
  time(iso: string): string;
  /** A short date and time (a signup's). */
  dateTime(iso: string): string;
}

/** What every template view gets: strings, dates, headings at the widget's level, its state and its callbacks. */
export interface ViewProps<State, On = Record<string, never>> {
  t: ResultsStrings;
  core: CoreStrings;
  format: DateFormat;
  /** Headings through `ui.heading` (the widget's `heading-level`, `hide-heading`). */
  ui: WidgetUi;
  state: State;
  on: On;
}

/** What the shell gives its controllers: strings, settings, the status region, the store, focus. */
export interface ResultsContext {
  /** The view's strings in the current language. */
  readonly t: ResultsStrings;
  /** The resolved, valid settings. */
  readonly settings: ResultsConfig;
  readonly format: DateFormat;
  /** Writes the outcome in the one status region ('' clears it). */
  say(message: string): void;
  /** What the status region says now. */
  status(): string;
  /** This browser's store, or undefined when it gives none (private browsing, blocked storage). */
  openStore(): Promise<LocalStore | undefined>;
  /** Redraws the view, then moves focus to the element (the control that had it may have gone). */
  focus(selector: string): Promise<void>;
}
