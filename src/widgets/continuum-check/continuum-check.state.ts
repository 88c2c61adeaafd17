// The types the self-check's shell (continuum-check.component.ts) and its views share. Nothing here
// imports the component: the views read these types, the component fills them.
import type { CoreStrings } from '../../core/translations/fr.js';
import type { WidgetUi } from '../../core/widget-ui.js';
import type { ActionItem, Answers, ContinuumCheckPayload } from './continuum-check.schema.js';
import type { ContentText, ContinuumLevel, DimensionId } from './continuum-content.js';
import type { MergedDimension } from './continuum-merge.js';
import type { ContinuumCheckStrings } from './translations/fr.js';
import type { ContinuumLaterStrings } from './translations/later.fr.js';

/** The screen shown: the start screen, a step of the questionnaire, the results, or the merge of members' files. */
export type View = 'intro' | 'step' | 'results' | 'merge';

/**
 * What the status region says: words of the moment, or a message in the later screens' words, put
 * into words when drawn (a draft resumed in an English widget reads in English once those words are here).
 */
export type StatusMessage = string | ((t: ContinuumLaterStrings) => string);

/** Answered by one member, or by the team together after a merge. */
export type Mode = 'individual' | 'consensus';

/** Everything in progress, kept as a draft so the team can stop and resume. */
export interface ContinuumWork {
  view: View;
  /** 0–5 the dimensions, 6 the alibi checks, 7 the obstacles. */
  step: number;
  mode: Mode;
  role: string;
  assessedAt: string;
  answers: Answers;
  actionPlan: ActionItem[];
  /** What the members said, when the answers come from a merge. */
  merge?: { dimensions: MergedDimension[]; respondents: string[] } | undefined;
  /** The history document this assessment was saved as, if it was. */
  savedId?: string | undefined;
  /** The day of the saved assessment this one updates ("Repartir de l'évaluation du …"). */
  updatedFrom?: string | undefined;
}

/** A past assessment, kept in the documents store. */
export interface SavedAssessment {
  id: string;
  savedAt: string;
  assessedAt: string;
  mode: Mode;
  respondentRole?: string | undefined;
  answers: Answers;
  levels: Partial<Record<DimensionId, ContinuumLevel | null>>;
  aciLevel: 0 | 1 | 2;
  actionPlan: ActionItem[];
  /** The whole assessment as a `self-check` payload (everything: it stays on this device), read by the results view. */
  payload?: ContinuumCheckPayload;
  /** The envelope id it was shared as: the results view shows it once, not as history and outbox item. */
  sharedAs?: string;
}

/** One column of the progress table: a saved assessment, or the one on screen. */
export type ProgressColumn = Pick<SavedAssessment, 'id' | 'assessedAt' | 'mode' | 'levels' | 'aciLevel'> & {
  /** The assessment on screen, not yet (or just) saved. */
  current: boolean;
};

/**
 * The self-check's strings for a later screen: the shell's (fr.ts), the later screens' (later.fr.ts, they
 * come with those screens' module) and the content (the matrix, checks and obstacles, loaded on demand).
 */
export type ContinuumText = ContinuumCheckStrings & ContinuumLaterStrings & { content: ContentText };

/** The strings and formatters every view reads, in the widget's language. */
export interface ViewText {
  /** The self-check's own strings and its content. */
  t: ContinuumText;
  /** The strings every widget shares (optional fields, errors, sending). */
  core: CoreStrings;
  /** A day (`2026-11-20`) or an instant, in the widget's language; `{ dateStyle: 'long' }` by default. */
  formatDate: (date: string, options?: Intl.DateTimeFormatOptions) => string;
  /** The writing direction of the widget's language: the chart is mirrored right to left. */
  dir: 'ltr' | 'rtl';
  /** Headings at the widget's `heading-level` (`sub` 1 for a screen's title, 2 for its sections). */
  ui: WidgetUi;
}

/** A view's props: its strings, the state it shows, and the callbacks it calls. */
export interface ViewProps<State, On = Record<never, never>> extends ViewText {
  state: State;
  on: On;
}
