// What the survey does with the person's answers once the form is on screen, in one file loaded on
// demand (the component's `loadAnswers`, asked for in the first update; the store opens meanwhile):
// the draft and the "already answered" marker read back (restore-controller.ts, answered-marker.ts),
// a step's checks and the answers sent (answer-check.ts), the marker written after a send. A survey's
// first download holds only the form.
import type { ReactiveControllerHost } from 'lit';
import { RestoreController, type RestoreOptions } from './restore-controller.js';

export { buildAnswers, stepErrors } from './answer-check.js';
export { hasAnswered, markAnswered } from './answered-marker.js';

/** Reads back, once per questionnaire, campaign and database, the marker and the draft (see RestoreController). */
export function restoreAnswers<Draft>(host: ReactiveControllerHost & object, options: RestoreOptions<Draft>): RestoreController<Draft> {
  return new RestoreController(host, options);
}
