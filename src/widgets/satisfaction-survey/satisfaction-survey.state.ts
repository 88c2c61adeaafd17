import type { nothing, TemplateResult } from 'lit';
import type { CoreStrings } from '../../core/translations/fr.js';
import type { WidgetUi } from '../../core/widget-ui.js';
import type { SurveyDefinition } from './satisfaction-survey.schema.js';
import type { AnswerValue, ShownSection, SurveyState } from './survey-logic.js';
import type { SurveyStrings } from './translations/fr.js';
import type { SurveyLaterStrings } from './translations/later.fr.js';

// What the survey's shell and its views share. Views take `{ t, core, state, on }` and never import
// the component: the types live here, the rules in survey-logic.ts.

/** What the draft keeps between steps and visits. */
export interface SurveyDraft extends SurveyState {
  step: number;
}

/** The strings every view reads: the survey's own (`t`) and the shared ones (`core`); headings and read-aloud (`ui`). */
export interface SurveyText {
  t: SurveyStrings;
  core: CoreStrings;
  ui: WidgetUi;
}

/** The strings of the later screens' views (thanks, already answered, invitation, kiosk): their own catalogue (`t`, later.fr.ts) and the shared ones. */
export interface LaterText {
  t: SurveyLaterStrings;
  core: CoreStrings;
  ui: WidgetUi;
}

/** What the person can do on a step. */
export interface StepHandlers {
  /** The form's submit: next step, or send on the last one. */
  submit: (event: Event) => void;
  previous: () => void;
  /** An answer changed; `undefined` removes it. */
  answer: (questionId: string, value: AnswerValue | undefined) => void;
  /** The "autre, précisez" text changed. */
  other: (questionId: string, text: string) => void;
  /** The hidden field bots fill. */
  honeypot: (value: string) => void;
}

/** What a question shows: the answers so far and the error under each field, if any. */
export interface QuestionState {
  answers: SurveyState;
  /** The message to show now under a field (by field id), undefined before a submit attempt. */
  errorFor: (fieldId: string) => string | undefined;
}

/** The information notice under the form. */
export interface NoticeState {
  paragraphs: readonly string[];
  /** Where the questions come from, in small print. */
  source?: string | undefined;
}

/** One step as shown now. */
export interface StepState extends QuestionState {
  survey: SurveyDefinition;
  /** The steps shown now (show-if conditions applied) and the index of the current one. */
  sections: ShownSection[];
  index: number;
  sending: boolean;
  /** The error summary and its read-aloud button after a submit attempt (views/summary.view.ts, which comes with answers.ts). */
  summary: TemplateResult | typeof nothing;
  notice: NoticeState;
}

/** The thank-you screen; in kiosk mode, the countdown to the next person. */
export interface ThanksState {
  kiosk: boolean;
  /** Seconds left before the kiosk starts again. */
  countdown: number;
}

/** The kiosk's "are you still there?" warning. */
export interface IdleWarningState {
  /** Seconds before the answers are cleared. */
  seconds: number;
}
