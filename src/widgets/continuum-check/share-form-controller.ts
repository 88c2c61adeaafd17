import type { ReactiveController, ReactiveElement } from 'lit';
import { FormController, type SummaryError } from '../../core/form-controller.js';
import type { SubmissionController } from '../../core/submission-controller.js';
import { defaultShare, type ShareChoices } from './continuum-shell.js';
import type { ShareState } from './views/share.view.js';

/**
 * The share form's state: what the team ticks to send beyond the levels (nothing by default) and its
 * agreement, which must be given before anything leaves. Errors show after a first attempt (FormController).
 */
export class ShareFormController implements ReactiveController {
  /** What to send beyond the levels and the ACI level. */
  choices: ShareChoices = { ...defaultShare };
  /** The team agreed to send. */
  consent = false;
  /** Submitted state, errors shown, error summary focus. */
  readonly form: FormController;

  constructor(
    private readonly host: ReactiveElement,
    /** "Cochez l'accord de l'équipe avant d'envoyer", in the widget's language. */
    private readonly consentRequired: () => string,
  ) {
    host.addController(this);
    this.form = new FormController(host, { errors: () => this.errors });
  }

  hostConnected(): void {}

  /** Every error of the form, in field order. */
  get errors(): SummaryError[] {
    return this.consent ? [] : [{ fieldId: 'share-consent', message: this.consentRequired() }];
  }

  setChoices(choices: ShareChoices): void {
    this.choices = choices;
    this.host.requestUpdate();
  }

  setConsent(consent: boolean): void {
    this.consent = consent;
    this.host.requestUpdate();
  }

  /** What the share view shows: this form, the sending's state and its outcome in words. */
  viewState(submission: SubmissionController, recipient: string | undefined, outcomeMessage: string, root: ShadowRoot | null): ShareState {
    return {
      recipient,
      submission: submission.state,
      outcome: submission.outcome,
      outcomeMessage,
      share: this.choices,
      consent: this.consent,
      summaryErrors: this.form.summaryErrors,
      consentError: this.form.errorFor('share-consent'),
      root,
    };
  }

  /** A fresh form for a new assessment. */
  reset(): void {
    this.choices = { ...defaultShare };
    this.consent = false;
    this.form.reset();
  }
}
