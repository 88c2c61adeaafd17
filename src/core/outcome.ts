/**
 * The sentence a person reads (and hears) once a submission left the form, from its `SubmitOutcome`.
 * One copy and one rule for every widget.
 *
 * ```ts
 * const message = outcomeMessage(this.submission.outcome!, this.coreText.t, {
 *   endpoint: Boolean(this.submissionTarget.endpoint),
 *   deliveredLater: this.submission.deliveredLater,
 *   overrides: { saved: t.saved(title) },               // a widget's own wording for one status
 * });
 * ```
 */
import type { SubmitOutcome, SubmitStatus } from './outbox.js';
import type { CoreStrings } from './translations/fr.js';

/**
 * The HTTP status said when a refusal carries none. The outbox always records the 4xx it got, so this
 * only guards the text: "erreur 400" (a refusal) rather than "erreur 0" (which means nothing to anyone).
 */
export const FALLBACK_REJECTED_STATUS = 400;

export interface OutcomeMessageOptions {
  /** True when the widget sends to an endpoint (a failure then means "not sent", else "not saved"). */
  endpoint?: boolean;
  /** A queued submission of this page got through later (SubmissionController.deliveredLater). */
  deliveredLater?: boolean;
  /** A widget's own wording for some statuses. */
  overrides?: Partial<Record<SubmitStatus | 'delivered', string>>;
}

/**
 * A refusal, with what becomes of the copy: retried until a date (401, 403, 404), and the person's
 * contact details erased from the device — already, or when the retries end (see the outbox).
 */
function rejectedMessage(outcome: SubmitOutcome, t: CoreStrings): string {
  const httpStatus = outcome.httpStatus ?? FALLBACK_REJECTED_STATUS;
  const erasedAt = outcome.personalDataErasedAt ? new Date(outcome.personalDataErasedAt) : undefined;
  if (outcome.retryUntil) {
    const retrying = t.status.refusedForNow(httpStatus, new Date(outcome.retryUntil));
    return erasedAt ? `${retrying} ${t.status.personalDataErasedLater(erasedAt)}` : retrying;
  }
  const rejected = t.status.rejected(httpStatus);
  return erasedAt ? `${rejected} ${t.status.personalDataErased}` : rejected;
}

/** What to tell the person about that outcome, in the widget's language. */
export function outcomeMessage(outcome: SubmitOutcome, t: CoreStrings, options: OutcomeMessageOptions = {}): string {
  const overrides = options.overrides ?? {};
  if (options.deliveredLater && outcome.status === 'sent') return overrides.delivered ?? t.status.delivered;
  const own = overrides[outcome.status];
  if (own !== undefined) return own;
  switch (outcome.status) {
    case 'rejected':
      return rejectedMessage(outcome, t);
    case 'failed':
      return options.endpoint ? t.status.failedSend : t.status.failedSave;
    default:
      return t.status[outcome.status];
  }
}
