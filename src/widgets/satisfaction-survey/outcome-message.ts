import { outcomeMessage } from '../../core/outcome.js';
import type { SubmitOutcome } from '../../core/outbox.js';
import type { CoreStrings } from '../../core/translations/fr.js';
import type { SurveyLaterStrings } from './translations/later.fr.js';

/**
 * What the status region says once the answers left the form, in the survey's own words ("vos
 * réponses", not the core's "votre message"): never an error code nor "serveur" — the code goes to
 * the console and `msp-error`. A refusal for now says until when the device tries again, the date
 * written by the widget's `Intl` (Latin digits in Arabic). Loaded with the later screens (later.ts), whose
 * catalogue holds these words.
 */
export function surveyOutcomeMessage(
  outcome: SubmitOutcome,
  t: SurveyLaterStrings['outcome'],
  core: CoreStrings,
  options: { endpoint: boolean; deliveredLater: boolean; formatDate: (date: Date) => string },
): string {
  const rejected = outcome.retryUntil ? t.refusedForNow(options.formatDate(new Date(outcome.retryUntil))) : t.rejected;
  return outcomeMessage(outcome, core, {
    endpoint: options.endpoint,
    deliveredLater: options.deliveredLater,
    overrides: { sent: t.sent, queued: t.queued, saved: t.saved, rejected, failed: options.endpoint ? t.failedSend : t.failedSave, delivered: t.delivered },
  });
}

/** The status region's sentence and class: the invitation's outcome once tried, else the answers' (in the survey's words), else a note. */
export function surveyStatus(input: {
  answers: SubmitOutcome | undefined;
  invitation: SubmitOutcome | undefined;
  note: string;
  t: SurveyLaterStrings['outcome'];
  core: CoreStrings;
  options: { endpoint: boolean; deliveredLater: boolean; formatDate: (date: Date) => string };
}): { message: string; className: string } {
  const { answers, invitation, core, options } = input;
  const outcome = invitation ?? answers;
  if (!outcome) return { message: input.note, className: '' };
  const message = invitation ? outcomeMessage(invitation, core, options) : surveyOutcomeMessage(outcome, input.t, core, options);
  return { message, className: outcome.status };
}
