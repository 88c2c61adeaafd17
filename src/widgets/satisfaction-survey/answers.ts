// What the survey does with the person's answers once the form is on screen, in one file loaded on
// demand (the component's `loadAnswers`, asked for in the first update; the store opens meanwhile):
// the draft and the "already answered" marker read back (restore-controller.ts, answered-marker.ts),
// a step's checks, their error summary and the answers sent (answer-check.ts, views/summary.view.ts),
// the marker written after a send, and the words said after "Suivant" or "Envoyer"
// (translations/answers.ts). A survey's first download holds only the form.
import type { LitElement, ReactiveControllerHost } from 'lit';
import { LocaleController } from '../../core/i18n.js';
import { RestoreController, type RestoreOptions } from './restore-controller.js';
import { surveyAnswersCatalog } from './translations/answers.js';
import type { SurveyAnswersStrings } from './translations/answers.fr.js';

export { buildAnswers, fromDraft, stepErrors } from './answer-check.js';
export { hasAnswered, markAnswered } from './answered-marker.js';
export { renderSummary } from './views/summary.view.js';

/** Reads back, once per questionnaire, campaign and database, the marker and the draft (see RestoreController). */
export function restoreAnswers<Draft>(host: ReactiveControllerHost & object, options: RestoreOptions<Draft>): RestoreController<Draft> {
  return new RestoreController(host, options);
}

/**
 * The words of a step's problems and of an empty questionnaire, for `host` in its language, following
 * its changes like the survey's own (French at once; another language or easy-read loads, and the
 * host's `updateComplete` waits for it).
 */
export function answerWords(host: LitElement & { easyRead?: boolean }): LocaleController<SurveyAnswersStrings> {
  return new LocaleController(host, surveyAnswersCatalog);
}
