import type { ReactiveController } from 'lit';
import { createEnvelope, type Envelope } from './envelope.js';
import { MspErrorEvent, MspSubmittedEvent } from './events.js';
import type { Outbox, SubmitOutcome } from './outbox.js';
import type { MspWidget } from './widget-base.js';

type Delivery = typeof import('./submission-delivery.js');
/**
 * The outbox, the store, idb and what joins them to a widget (submission-delivery.ts) are not in a
 * widget's first download: they load once the form is on screen (to deliver what earlier pages left
 * waiting), or at the first send.
 */
let delivery: Promise<Delivery> | undefined;
let delivered: Delivery | undefined;
const loadDelivery = () => (delivery ??= import('./submission-delivery.js').then((module) => (delivered = module)));

export type SubmissionState = 'idle' | 'sending' | 'done';

/**
 * One widget's path from form to endpoint or local store: the spam guards (honeypot, minimum time),
 * the envelope, the outbox, the `msp-*` events, and the state the widget renders (idle, sending, done
 * with an outcome). A queued item delivered later updates the confirmation and is announced.
 */
export class SubmissionController implements ReactiveController {
  state: SubmissionState = 'idle';
  /** The last outcome; the widget renders it while `state` is `done` (and `failed` next to the form). */
  outcome: SubmitOutcome | undefined;
  /** The envelope last submitted (for the confirmation's details). */
  envelope: Envelope | undefined;
  /** Set when a queued submission of this page got through later. */
  deliveredLater = false;
  /** What a bot typed in the honeypot. */
  honeypot = '';
  private shownAt = Date.now();
  /** @internal The page's outbox this widget joined (submission-delivery.ts). */
  outbox: Outbox | undefined;
  /** The id being submitted: what the outbox says about it waits until `msp-submitted` is out. */
  private submittingId: string | undefined;
  /** @internal News of the item being submitted, held until `msp-submitted` is out. */
  readonly deferred: Array<() => void> = [];

  constructor(readonly host: MspWidget) {
    host.addController(this);
  }

  hostConnected(): void {
    this.shownAt = Date.now();
    // The database and timeout come from the config, resolved in the host's first update. Offline,
    // the delivery's files may not come: the first send says so (and keeps the person's text).
    void this.host.updateComplete
      .then(async () => {
        const { join } = await loadDelivery();
        if (this.host.isConnected) join(this);
      })
      .catch(() => undefined);
  }

  hostDisconnected(): void {
    delivered?.leave(this);
  }

  /** Seconds the person must still wait before sending (spam guard); 0 when they may send. */
  get secondsToWait(): number {
    const elapsed = (Date.now() - this.shownAt) / 1000;
    return Math.max(0, Math.ceil(this.host.submissionTarget.minSecondsToSubmit - elapsed));
  }

  /**
   * Sends or keeps a payload. Returns `too-fast` when the form was sent sooner than a person could;
   * a filled honeypot is answered like a success and nothing leaves the page.
   */
  async submit(payload: Record<string, unknown>): Promise<SubmitOutcome | 'too-fast'> {
    if (this.state === 'sending') return this.outcome ?? 'too-fast';
    if (this.secondsToWait > 0) return 'too-fast';
    const target = this.host.submissionTarget;
    if (!target.kind) throw new Error(`${this.host.localName} submits nothing`);
    // The outbox checks it against the envelope's schema before it keeps or sends it.
    const envelope = createEnvelope(target.kind, payload, { locale: target.locale, structure: target.structure });
    this.envelope = envelope;
    this.deliveredLater = false;
    if (this.honeypot) {
      this.finish({ status: target.endpoint ? 'sent' : 'saved', id: envelope.id, kept: false });
      return this.outcome!;
    }
    this.state = 'sending';
    this.host.requestUpdate();
    let outcome: SubmitOutcome;
    this.submittingId = envelope.id;
    try {
      // The outbox's file may still be on its way (or, offline, never come): a failure, text kept.
      const { deliver } = await loadDelivery();
      outcome = await deliver(this, envelope, target.endpoint);
    } catch {
      // Never leave the form stuck on "sending": the person keeps their text and can try again.
      outcome = { status: 'failed', id: envelope.id, kept: false };
    }
    this.finish(outcome);
    const { id, kind } = envelope;
    if (outcome.status === 'sent' || outcome.status === 'queued' || outcome.status === 'saved') {
      this.host.dispatchEvent(
        new MspSubmittedEvent({ id, kind, status: outcome.status, ...(outcome.response !== undefined ? { response: outcome.response } : {}) }),
      );
    } else {
      // The person reads a plain sentence; the code is for the webmaster, here and in msp-error.
      if (outcome.status === 'rejected') console.warn(`[${this.host.localName}] Envoi refusé par l’adresse de réception (HTTP ${outcome.httpStatus ?? '?'}).`);
      this.host.dispatchEvent(new MspErrorEvent({ id, kind, reason: outcome.status, ...(outcome.httpStatus ? { httpStatus: outcome.httpStatus } : {}) }));
    }
    // Then what happened during the send: msp-submitted always comes before msp-delivered or a problem.
    this.submittingId = undefined;
    for (const announce of this.deferred.splice(0)) announce();
    return outcome;
  }

  /** True while this widget is submitting that item (its own send's news waits for msp-submitted). */
  isSubmitting(id: string): boolean {
    return this.submittingId === id;
  }

  /** Back to an empty form (after "write another", or the kiosk's reset). */
  reset(): void {
    this.state = 'idle';
    this.outcome = undefined;
    this.envelope = undefined;
    this.deliveredLater = false;
    this.honeypot = '';
    this.shownAt = Date.now();
    this.host.requestUpdate();
  }

  private finish(outcome: SubmitOutcome): void {
    this.outcome = outcome;
    // A failure leaves the form filled in so the person loses nothing; everything else is done.
    this.state = outcome.status === 'failed' ? 'idle' : 'done';
    this.host.requestUpdate();
  }

  /** True when this widget submits that kind to that endpoint. */
  sendsLike(kind: string, endpoint: string): boolean {
    const target = this.host.submissionTarget;
    return target.kind === kind && target.endpoint === endpoint;
  }
}
