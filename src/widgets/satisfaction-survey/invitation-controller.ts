import type { ReactiveController } from 'lit';
import { MspErrorEvent, MspSubmittedEvent } from '../../core/events.js';
import { FormController } from '../../core/form-controller.js';
import type { SubmitOutcome } from '../../core/outbox.js';
import type { MspWidget } from '../../core/widget-base.js';
import type { InvitationOffer, SurveyParticipation } from './satisfaction-survey.schema.js';
import type { SurveyLaterStrings } from './translations/later.fr.js';
import { emptyInvitation, invitationEnvelope, invitationErrors, invitationPayload, shownOffers, type InvitationDraft } from './invitation.js';
import type { InvitationHandlers, InvitationState } from './views/invitation.view.js';

/** What the invitation controller reads from its host. */
export interface InvitationHost {
  /** The invitation's texts, in the widget's language. */
  text: () => SurveyLaterStrings['invitation'];
  /** What a bot typed in the survey's honeypot: then nothing leaves the page, as for the survey. */
  honeypot: () => string;
}

/**
 * The invitation's form on the thank-you screen: its draft, its errors (own summary), and its
 * sending — a second envelope (kind "idea"), through the same outbox and endpoint as the survey but
 * built here, apart from the survey's SubmissionController, so that nothing of the survey's envelope
 * goes with it. `msp-submitted` / `msp-error` say `kind: 'idea'`.
 */
export class InvitationController implements ReactiveController {
  draft: InvitationDraft = emptyInvitation();
  state: 'idle' | 'sending' | 'done' = 'idle';
  outcome: SubmitOutcome | undefined;
  readonly form: FormController;

  constructor(
    private readonly host: MspWidget,
    private readonly options: InvitationHost,
  ) {
    host.addController(this);
    this.form = new FormController(host, { errors: () => invitationErrors(this.draft, this.options.text()) });
  }

  hostConnected(): void {}

  /** What the invitation view needs: its state and the handlers that change this controller. */
  viewProps(participation: SurveyParticipation, root: ShadowRoot, submit: (event: Event) => void): { state: InvitationState; on: InvitationHandlers } {
    const state: InvitationState = {
      participation,
      offers: shownOffers(participation),
      draft: this.draft,
      sending: this.state === 'sending',
      done: this.state === 'done',
      summary: this.form.summaryErrors,
      errorFor: (fieldId: string) => this.form.errorFor(fieldId),
      root,
    };
    const on: InvitationHandlers = {
      submit,
      offer: (offer: InvitationOffer, checked: boolean) => this.toggleOffer(offer, checked),
      contact: (value: string) => {
        this.form.input('invitation-contact');
        this.patch({ contact: value });
      },
      contactLeft: () => this.form.touch('invitation-contact'),
      consent: (checked: boolean) => this.patch({ consent: checked }),
    };
    return { state, on };
  }

  /** The person changed a field. */
  patch(patch: Partial<InvitationDraft>): void {
    this.draft = { ...this.draft, ...patch };
    this.host.requestUpdate();
  }

  toggleOffer(offer: InvitationOffer, on: boolean): void {
    const offers = new Set(this.draft.offers);
    if (on) offers.add(offer);
    else offers.delete(offer);
    this.patch({ offers: [...offers] });
  }

  /** Sends the contact once valid; resolves true when it was sent or kept for later. */
  async send(participation: SurveyParticipation): Promise<boolean> {
    if (this.state !== 'idle') return this.state === 'done';
    if (!(await this.form.attempt())) return false;
    const target = this.host.submissionTarget;
    const envelope = invitationEnvelope(invitationPayload(this.draft, participation, this.options.text()), {
      locale: target.locale,
      structure: target.structure,
    });
    // The outbox checks it against the envelope's schema before it keeps or sends it.
    if (this.options.honeypot()) return this.finish({ status: target.endpoint ? 'sent' : 'saved', id: envelope.id, kept: false });
    this.state = 'sending';
    this.host.requestUpdate();
    let outcome: SubmitOutcome;
    try {
      // The outbox is not in the survey's first download (core/submission-controller.ts loads the same file).
      const { Outbox } = await import('../../core/outbox.js');
      const outbox = Outbox.forDatabase(target.dbName, { timeoutMs: target.requestTimeoutMs });
      outcome = target.endpoint ? await outbox.submit(envelope, target.endpoint) : await outbox.save(envelope);
    } catch {
      outcome = { status: 'failed', id: envelope.id, kept: false };
    }
    const { id } = envelope;
    if (outcome.status === 'sent' || outcome.status === 'queued' || outcome.status === 'saved') {
      this.host.dispatchEvent(new MspSubmittedEvent({ id, kind: 'idea', status: outcome.status }));
    } else {
      this.host.dispatchEvent(
        new MspErrorEvent({ id, kind: 'idea', reason: outcome.status, ...(outcome.httpStatus ? { httpStatus: outcome.httpStatus } : {}) }),
      );
    }
    return this.finish(outcome);
  }

  /** Back to an empty invitation (the kiosk's reset, a new questionnaire). */
  reset(): void {
    this.draft = emptyInvitation();
    this.state = 'idle';
    this.outcome = undefined;
    this.form.reset();
    this.host.requestUpdate();
  }

  private finish(outcome: SubmitOutcome): boolean {
    this.outcome = outcome;
    // A failure keeps what the person typed, so they can try again.
    this.state = outcome.status === 'failed' ? 'idle' : 'done';
    this.host.requestUpdate();
    return this.state === 'done';
  }
}
